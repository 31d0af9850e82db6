/// A field's value as people read it in a conflict: no "Optional(…)", lists joined with commas.
public enum ConflictText {
    public static func describe(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.map { describe($0.value) } ?? "(none)"
        case .collection: return mirror.children.map { describe($0.value) }.joined(separator: ", ")
        default: return "\(value)"
        }
    }
}
