import Foundation

/// Names grouped by their folded form (case, accents), so "Lena Vogt" and "lena vogt" are one
/// group, numbered from 0 in order of first sight and labelled with the spelling that sorts first.
/// Each distinct spelling is normalized and folded once; after that a name costs one hash, so the
/// charts and the coach's desk scan 20,000 records comparing small integers, not strings.
struct SpellingGroups: Sendable {
    private let normalize: @Sendable (String) -> String
    /// Whether spaces around a name are left out of its key (but kept in its label).
    private let trimsKeys: Bool
    private var groupOfSpelling: [String: Int] = [:]
    private var groupOfKey: [String: Int] = [:]
    /// Each group's label, by group number.
    private(set) var labels: [String] = []
    /// Each group's key (its folded name), by group number.
    private(set) var keys: [String] = []

    /// `normalize` tidies a spelling before it is folded, and gives the label.
    init(normalize: @escaping @Sendable (String) -> String = { $0 }) {
        self.normalize = normalize
        trimsKeys = false
    }

    private init(trimsKeys: Bool) {
        normalize = { $0 }
        self.trimsKeys = trimsKeys
    }

    /// People's and things' names as typed into records (reps, competitors, segments): spaces
    /// around a name do not make another group; the label keeps the spelling as written.
    static func names() -> SpellingGroups { SpellingGroups(trimsKeys: true) }

    var count: Int { labels.count }

    private func key(ofNormalized name: String) -> String {
        SearchFolding.fold(trimsKeys ? name.trimmingCharacters(in: .whitespaces) : name)
    }

    /// The group `spelling` belongs to; a group number equal to the previous `count` is a new group.
    mutating func group(of spelling: String) -> Int {
        if let known = groupOfSpelling[spelling] { return known }
        let name = normalize(spelling)
        let key = key(ofNormalized: name)
        let group: Int
        if let existing = groupOfKey[key] {
            group = existing
            if name < labels[group] { labels[group] = name }
        } else {
            group = labels.count
            groupOfKey[key] = group
            labels.append(name)
            keys.append(key)
        }
        groupOfSpelling[spelling] = group
        return group
    }

    /// The group of a name that is not blank; nil for a blank one, which joins no group.
    mutating func namedGroup(of spelling: String) -> Int? {
        if let known = groupOfSpelling[spelling] { return known }
        guard !key(ofNormalized: normalize(spelling)).isEmpty else { return nil }
        return group(of: spelling)
    }

    /// The key of `spelling`'s group (its folded name).
    mutating func key(of spelling: String) -> String { keys[group(of: spelling)] }

    /// The group of a name already seen, without adding it.
    func existing(_ spelling: String) -> Int? {
        groupOfSpelling[spelling] ?? groupOfKey[key(ofNormalized: normalize(spelling))]
    }
}
