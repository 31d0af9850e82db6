/// A small list to choose a filter value from: "all" first, then every value in the data.
public struct FilterPicker: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case rep, segment, competitor

        public var title: String {
            switch self {
            case .rep: "Rep"
            case .segment: "Segment"
            case .competitor: "Competitor"
            }
        }
    }

    public var kind: Kind
    public var values: [String]
    public var selection: ListSelection

    /// Starts on the value in force, if any.
    public init(kind: Kind, values: [String], current: String?) {
        self.kind = kind
        self.values = values
        let index = current.flatMap { values.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        selection = ListSelection(selected: index)
    }

    public var items: [String] { ["All \(kind == .competitor ? "competitors" : kind.rawValue + "s")"] + values }

    /// The chosen value; nil means "all".
    public var chosen: String? {
        guard let selected = selection.selected, selected > 0, selected <= values.count else { return nil }
        return values[selected - 1]
    }
}
