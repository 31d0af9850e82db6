/// The qualification signals a team has already recorded, one entry per signal however it was
/// spelled (the patterns view groups them the same way, by `PhraseKey`), so a session can offer
/// them while one is typed and a typo does not split a signal in two.
public struct SignalCatalog: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// The signal as compared: case, accents and punctuation folded.
        public var key: String
        /// The wording most reviews use.
        public var text: String
        public var sign: QualificationSignal.Sign
        /// How many reviews record it.
        public var reviews: Int
    }

    /// How a typed text matches an entry, best first.
    public enum Match: Int, Sendable, Comparable {
        case exact, prefix, word, near
        public static func < (a: Match, b: Match) -> Bool { a.rawValue < b.rawValue }
    }

    public private(set) var entries: [Entry] = []

    public init(reviews: [Review]) {
        var index: [String: Int] = [:]
        var wordings: [[String: Int]] = []
        for review in reviews {
            var seen: Set<String> = []
            for signal in review.signals {
                let key = PhraseKey.normalize(signal.text)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                if let at = index[key] {
                    entries[at].reviews += 1
                    wordings[at][signal.text, default: 0] += 1
                } else {
                    index[key] = entries.count
                    entries.append(Entry(key: key, text: signal.text, sign: signal.sign, reviews: 1))
                    wordings.append([signal.text: 1])
                }
            }
        }
        for at in entries.indices {
            entries[at].text = wordings[at].max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? entries[at].text
        }
    }

    /// The entries `typed` matches, best first: the same signal, then those starting with it, then
    /// those with a word starting with it (or containing it), then near spellings (a typo or two).
    public func matches(for typed: String, limit: Int = 5) -> [(entry: Entry, match: Match)] {
        let query = PhraseKey.normalize(typed)
        guard !query.isEmpty else { return [] }
        var found: [(entry: Entry, match: Match)] = []
        for entry in entries {
            if let match = Self.match(query, entry.key) { found.append((entry, match)) }
        }
        found.sort { a, b in
            if a.match != b.match { return a.match < b.match }
            if a.entry.reviews != b.entry.reviews { return a.entry.reviews > b.entry.reviews }
            return a.entry.text < b.entry.text
        }
        return Array(found.prefix(limit))
    }

    /// The entry that is this very signal (however spelled), if any.
    public func entry(for typed: String) -> Entry? {
        let key = PhraseKey.normalize(typed)
        return entries.first { $0.key == key }
    }

    static func match(_ query: String, _ key: String) -> Match? {
        if key == query { return .exact }
        if key.hasPrefix(query) { return .prefix }
        if key.contains(query) { return .word }
        // A near spelling: a few letters off, for texts long enough that this means a typo.
        let allowed = query.count >= 12 ? 2 : query.count >= 6 ? 1 : 0
        guard allowed > 0 else { return nil }
        // Against the whole signal, and against its start as long as what was typed (a typo mid-way).
        if EditDistance.within(allowed, query, key) { return .near }
        if key.count > query.count, EditDistance.within(allowed, query, String(key.prefix(query.count))) { return .near }
        return nil
    }
}

/// Levenshtein distance with a bound, for telling a typo from another text.
enum EditDistance {
    /// Whether `a` and `b` are at most `limit` single-character edits apart.
    static func within(_ limit: Int, _ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= limit else { return false }
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            var rowBest = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowBest = min(rowBest, current[j])
            }
            if rowBest > limit { return false }
            previous = current
        }
        return previous[y.count] <= limit
    }
}

extension SignalCatalog {
    /// This catalog without what `review` counted in it: a session offers the signals of the
    /// team's other reviews, and adds its own review's as they change. The wording an entry shows
    /// stays the one chosen over every review.
    public func removing(_ review: Review) -> SignalCatalog {
        var remaining = self
        let keys = Set(review.signals.map { PhraseKey.normalize($0.text) })
        for at in remaining.entries.indices.reversed() where keys.contains(remaining.entries[at].key) {
            remaining.entries[at].reviews -= 1
            if remaining.entries[at].reviews <= 0 { remaining.entries.remove(at: at) }
        }
        return remaining
    }

    /// This catalog with `other`'s signals added (counted once more where both have one).
    public func merging(_ other: SignalCatalog) -> SignalCatalog {
        var merged = self
        for entry in other.entries {
            if let at = merged.entries.firstIndex(where: { $0.key == entry.key }) {
                merged.entries[at].reviews += entry.reviews
            } else {
                merged.entries.append(entry)
            }
        }
        return merged
    }
}
