//! [`SortedMap`]: the scheduler's and the embed registry's map.

use std::borrow::Borrow;

/// A map kept as a vector sorted by key: binary search, no hashing. For the
/// page's few hundred to few thousand keys it is as quick as a hash map and
/// brings no hasher or hash table code into the wasm.
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// The value of `key`, for changing.
    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let at = self.find(key).ok()?;
        self.0.get_mut(at).map(|(_, v)| v)
    }

    /// Whether `key` has a value.
    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// The value of `key`, inserting `make()` first when there is none.
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> Option<&mut V> {
        let at = match self.find(&key) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (key, make()));
                at
            }
        };
        self.0.get_mut(at).map(|(_, v)| v)
    }

    /// Sets the value of `key`.
    pub fn insert(&mut self, key: K, value: V) {
        match self.find(&key) {
            Ok(at) => {
                if let Some(slot) = self.0.get_mut(at) {
                    slot.1 = value;
                }
            }
            Err(at) => self.0.insert(at, (key, value)),
        }
    }

    /// Takes the value of `key` out.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        let at = self.find(key).ok()?;
        Some(self.0.remove(at).1)
    }

    /// How many keys have a value.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no key has a value.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keys and values, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// Values, in key order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::SortedMap;

    #[test]
    fn behaves_like_a_map_and_iterates_in_key_order() {
        let mut m: SortedMap<String, u32> = SortedMap::default();
        assert!(m.is_empty());
        for (k, v) in [("b", 2), ("a", 1), ("c", 3)] {
            m.insert(k.to_owned(), v);
        }
        m.insert("b".to_owned(), 20);
        assert_eq!(m.len(), 3);
        assert!(m.contains_key("a") && !m.contains_key("d"));
        if let Some(v) = m.get_mut("c") {
            *v += 1;
        }
        assert_eq!(
            m.get_or_insert_with("a".to_owned(), || 99).copied(),
            Some(1)
        );
        assert_eq!(m.get_or_insert_with("0".to_owned(), || 0).copied(), Some(0));
        let all: Vec<(&str, u32)> = m.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(all, [("0", 0), ("a", 1), ("b", 20), ("c", 4)]);
        assert_eq!(m.remove("a"), Some(1));
        assert_eq!(m.remove("a"), None);
        assert_eq!(m.values().copied().collect::<Vec<_>>(), [0, 20, 4]);
    }
}
