/// Names grouped by their folded form, so "Lena Vogt" and "lena vogt" are one group, labelled with
/// the spelling that sorts first. Each distinct spelling is normalized and folded once; after that
/// a name costs one hash.
struct SpellingGroups {
    private let normalize: (String) -> String
    private var groupOfSpelling: [String: Int] = [:]
    private var groupOfKey: [String: Int] = [:]
    /// Each group's label, by group number (numbers are given out from 0 in order of first sight).
    private(set) var labels: [String] = []

    init(normalize: @escaping (String) -> String = { $0 }) {
        self.normalize = normalize
    }

    var count: Int { labels.count }

    /// The group `spelling` belongs to; a group number equal to the previous `count` is a new group.
    mutating func group(of spelling: String) -> Int {
        if let known = groupOfSpelling[spelling] { return known }
        let name = normalize(spelling)
        let key = SearchFolding.fold(name)
        let group: Int
        if let existing = groupOfKey[key] {
            group = existing
            if name < labels[group] { labels[group] = name }
        } else {
            group = labels.count
            groupOfKey[key] = group
            labels.append(name)
        }
        groupOfSpelling[spelling] = group
        return group
    }
}
