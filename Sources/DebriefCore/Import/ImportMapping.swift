import Foundation
import TOMLKit

/// A team's own description of its export, read from a TOML file passed with `--mapping`:
///
/// ```toml
/// source = "zoho"              # ids become zoho-<crm id>; default: the detected CRM
/// currency = "EUR"             # when neither a currency column nor the amount names one
/// date_format = "day-first"    # us | day-first | iso, like --date-format
///
/// [columns]                    # field = "Header" or ["Header", "Another header"]; false reads none
/// loss_reason = "Why We Lost (custom)"
/// competitors = ["Competitor 1", "Competitor 2"]
/// created_date = false         # e.g. Salesforce's CreatedDate is when records were loaded
///
/// [defaults]
/// outcome = "lost"             # a file that holds one outcome (a "lost opportunities" view)
///
/// [stages]                     # stage = won | lost | no-decision | open
/// "Closed - Dormant" = "no-decision"
/// ```
/// A field named under `[columns]` reads only the columns named there.
public struct ImportMapping: Sendable, Equatable {
    public var columns: [DealField: [String]]
    /// Keys are `ColumnName.key` forms of the stage, so overrides match loosely too.
    public var stages: [String: StageVerdict]
    public var source: String?
    public var currency: String?
    public var dateOrder: DateOrder?
    /// The outcome of rows whose own cells do not tell it (`[defaults] outcome`, or `--outcome`).
    public var defaultOutcome: Outcome?

    public init(columns: [DealField: [String]] = [:], stages: [String: StageVerdict] = [:], source: String? = nil,
                currency: String? = nil, dateOrder: DateOrder? = nil) {
        self.columns = columns
        self.stages = Dictionary(stages.map { (ColumnName.key($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
        self.source = source
        self.currency = currency
        self.dateOrder = dateOrder
    }

    public static func load(path: String) throws(ImportRefusal) -> ImportMapping {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "no such file, or it cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidMapping(reason: "\(path) is not UTF-8 text")
        }
        return try parse(text)
    }

    public static func parse(_ text: String) throws(ImportRefusal) -> ImportMapping {
        if let problem = TOMLPreflight.problem(in: text) { throw .invalidMapping(reason: problem) }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .invalidMapping(reason: "\(error.description) at line \(error.source.begin.line)")
        } catch {
            throw .invalidMapping(reason: "\(error)")
        }
        let known = ["source", "currency", "date_format", "columns", "stages", "defaults"]
        if let unknown = table.keys.first(where: { !known.contains($0) }) {
            throw .invalidMapping(reason: "unknown key '\(unknown)'; the mapping may set " + known.joined(separator: ", "))
        }
        var mapping = ImportMapping()
        mapping.source = try optionalString(table, "source")
        if let source = mapping.source, RecordID.sanitized(source) != source || source.contains(".") {
            throw .invalidMapping(reason: "source '\(source)' may use only letters, digits, '-' and '_'")
        }
        if let currency = try optionalString(table, "currency") {
            guard let code = CurrencyCode.normalized(currency) else {
                throw .invalidMapping(reason: "currency '\(currency)' is not a three-letter code such as USD or EUR")
            }
            mapping.currency = code
        }
        if let order = try optionalString(table, "date_format") {
            guard let parsed = DateOrder(argument: order) else {
                throw .invalidMapping(reason: "date_format '\(order)' must be us, day-first or iso")
            }
            mapping.dateOrder = parsed
        }
        if let columns = table["columns"] {
            guard let columnTable = columns.table else { throw .invalidMapping(reason: "[columns] must be a table") }
            for key in columnTable.keys {
                guard let field = DealField(rawValue: key) else {
                    throw .invalidMapping(reason: "[columns] has unknown field '\(key)'; fields are "
                        + DealField.allCases.map(\.rawValue).joined(separator: ", "))
                }
                mapping.columns[field] = try headerNames(columnTable[key], field: key)
            }
        }
        if let defaults = table["defaults"] {
            guard let defaultsTable = defaults.table else { throw .invalidMapping(reason: "[defaults] must be a table") }
            for key in defaultsTable.keys {
                guard key == "outcome" else {
                    throw .invalidMapping(reason: "[defaults] has unknown key '\(key)'; it may set outcome")
                }
                guard let word = defaultsTable[key]?.string, let outcome = Outcome(argument: word) else {
                    throw .invalidMapping(reason: "[defaults] outcome must be \"won\", \"lost\" or \"no-decision\"")
                }
                mapping.defaultOutcome = outcome
            }
        }
        if let stages = table["stages"] {
            guard let stageTable = stages.table else { throw .invalidMapping(reason: "[stages] must be a table") }
            for key in stageTable.keys {
                guard let word = stageTable[key]?.string, let verdict = StageVerdict(argument: word) else {
                    throw .invalidMapping(reason: "[stages] \"\(key)\" must be \"won\", \"lost\", \"no-decision\" or \"open\"")
                }
                mapping.stages[ColumnName.key(key)] = verdict
            }
        }
        return mapping
    }

    private static func optionalString(_ table: TOMLTable, _ key: String) throws(ImportRefusal) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else { throw .invalidMapping(reason: "\(key) must be a string") }
        return text
    }

    /// The columns a field reads; `false` or "" reads none (the field is left empty, as if the file had no such column).
    private static func headerNames(_ value: TOMLValueConvertible?, field: String) throws(ImportRefusal) -> [String] {
        if value?.bool == false { return [] }
        if let single = value?.string { return single.isEmpty ? [] : [single] }
        if let array = value?.array {
            let names = array.compactMap(\.string)
            if names.count == array.count && !names.isEmpty { return names }
        }
        throw .invalidMapping(reason: "[columns] \(field) must be a column name, a list of column names, or false to read no column")
    }
}
