/// How to read a date such as 03/04/2026, which is 4 March in the US and 3 April almost everywhere else.
public enum DateOrder: String, Sendable, Equatable, Codable, CaseIterable {
    /// MM/DD/YYYY.
    case us
    /// DD/MM/YYYY and DD.MM.YYYY.
    case dayFirst = "day-first"
    /// YYYY-MM-DD only.
    case iso

    public init?(argument: String) {
        switch ColumnName.key(argument) {
        case "us", "mdy", "monthfirst": self = .us
        case "dayfirst", "dmy", "eu", "european": self = .dayFirst
        case "iso", "ymd": self = .iso
        default: return nil
        }
    }

    /// Settles the order for a whole file from every date cell in it: a first number above 12 means
    /// day-first, a second number above 12 means US. A file with only ambiguous dates, or with both
    /// kinds, is refused unless `chosen` (from `--date-format` or the mapping) settles it.
    /// Nil means the file has no slashed dates, so there is nothing to settle.
    public static func settle(_ cells: [String], chosen: DateOrder?) throws(ImportRefusal) -> DateOrder? {
        if let chosen { return chosen }
        var evidence = DateOrderEvidence()
        for (index, cell) in cells.enumerated() { evidence.add(cell, shape: DateText.shape(of: cell), at: index) }
        return try settle(evidence, chosen: nil)
    }

    /// The same from evidence gathered as the file streamed by (`DateOrderEvidence.merged`).
    static func settle(_ evidence: DateOrderEvidence, chosen: DateOrder?) throws(ImportRefusal) -> DateOrder? {
        if let chosen { return chosen }
        switch (evidence.us?.text, evidence.dayFirst?.text) {
        case let (us?, dayFirst?): throw .mixedDateOrders(usExample: us, dayFirstExample: dayFirst)
        case (_?, nil): return .us
        case (nil, _?): return .dayFirst
        case (nil, nil):
            if !evidence.ambiguous.isEmpty { throw .ambiguousDates(examples: evidence.ambiguous.map(\.text)) }
            return nil
        }
    }
}
