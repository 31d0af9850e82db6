/// Rep names as keys: trimmed and folded (case, accents), each distinct spelling worked out once,
/// so that scanning 20,000 reviews costs one hash per name instead of a Foundation call each.
struct RepKeys: Sendable {
    private var numberOfSpelling: [String: Int] = [:]
    private var numberOfKey: [String: Int] = [:]
    /// Each rep's key, by number (numbered in order of first sight).
    private(set) var keys: [String] = []

    mutating func key(_ name: String) -> String { keys[number(name)] }

    /// The rep's number: one hash of the spelling once it has been seen, so the desk can keep
    /// each rep's reviews in arrays instead of hashing the name again for every table.
    mutating func number(_ name: String) -> Int {
        if let known = numberOfSpelling[name] { return known }
        let key = SearchFolding.fold(name.trimmingCharacters(in: .whitespaces))
        let number = numberOfKey[key] ?? keys.count
        if number == keys.count {
            keys.append(key)
            numberOfKey[key] = number
        }
        numberOfSpelling[name] = number
        return number
    }
}

/// Folded names (competitors, segments, size bands) numbered in order of first sight, so the
/// desk compares small integers instead of strings.
struct NameNumbers: Sendable {
    private(set) var numberOfKey: [String: Int] = [:]
    private var numberOfSpelling: [String: Int] = [:]
    /// The first spelling seen of each name, by number.
    private(set) var labels: [String] = []

    /// The number of a name; nil for a blank one.
    mutating func number(_ spelling: String) -> Int? {
        if let known = numberOfSpelling[spelling] { return known }
        let key = SearchFolding.fold(spelling.trimmingCharacters(in: .whitespaces))
        guard !key.isEmpty else { return nil }
        let number: Int
        if let existing = numberOfKey[key] {
            number = existing
            if spelling < labels[existing] { labels[existing] = spelling }
        } else {
            number = labels.count
            numberOfKey[key] = number
            labels.append(spelling)
        }
        numberOfSpelling[spelling] = number
        return number
    }

    /// The number of a name already seen, without adding it.
    func existing(_ spelling: String) -> Int? {
        numberOfSpelling[spelling] ?? numberOfKey[SearchFolding.fold(spelling.trimmingCharacters(in: .whitespaces))]
    }

    var count: Int { labels.count }
}
