/// Which side of a field conflict a person chose.
public enum ConflictChoice: String, Sendable, Hashable, Codable, CaseIterable {
    /// The value the record holds now: nothing is written to the record.
    case kept
    /// The other machine's value, written into the record.
    case other
}
