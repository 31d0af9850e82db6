#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension String {
    /// Whether both strings hold the same UTF-8 bytes. Lengths are compared first and the bytes with
    /// `memcmp`, where `==` compares two long notes with accents as Unicode (canonical equivalence),
    /// which costs milliseconds a megabyte: a key in a long note asks this several times.
    public func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        guard !isEmpty else { return true }
        let compared = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                guard let a = mine.baseAddress, let b = theirs.baseAddress else { return mine.elementsEqual(theirs) }
                return memcmp(a, b, mine.count) == 0
            }
        }
        if let compared, let same = compared { return same }
        return utf8.elementsEqual(other.utf8)
    }
}
