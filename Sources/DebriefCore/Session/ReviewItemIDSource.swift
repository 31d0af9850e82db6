/// Makes ids for items added in one session: `<prefix>-<session tag>-<n>`. The tag differs per
/// session (the app draws it at random), so a manager and a rep adding items at the same time
/// never pick the same id, and a merge can keep both additions apart.
public struct ReviewItemIDSource: Sendable, Hashable {
    public let tag: String
    public private(set) var counter: Int

    public init(tag: String, counter: Int = 0) {
        self.tag = RecordID.sanitized(tag)
        self.counter = counter
    }

    /// The next id with `prefix` ("factor", "practice"…) that `review` does not already use.
    public mutating func next(_ prefix: String, in review: Review) -> String {
        let used = review.itemIDs
        while true {
            counter += 1
            let id = "\(prefix)-\(tag)-\(counter)"
            if !used.contains(id) { return id }
        }
    }
}

extension Review {
    /// Ids of every listed item: factors, practices, fine-tuning points, signals, action items.
    public var itemIDs: Set<String> {
        Set(factors.map(\.id) + practices.map(\.id) + fineTuning.map(\.id) + signals.map(\.id) + actionItems.map(\.id))
    }
}
