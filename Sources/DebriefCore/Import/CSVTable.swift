/// One data row of a CSV file, with the physical line it starts on (1-based, counting the
/// line breaks inside quoted cells, so a message can send the user to the right line).
public struct CSVRow: Sendable, Equatable {
    public var line: Int
    public var cells: [String]
}
