// Baseline for "first badge": fetch one tenant's state and render it.
import { renderBaseline } from "./badges.js";

const q = new URLSearchParams(location.search);
const res = await fetch(`${q.get("base")}/api/state/${q.get("context")}`);
renderBaseline(document.getElementById("app"), [await res.text()]);
