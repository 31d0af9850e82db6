/// A column a file must have, and the mapping line (or option) that supplies it.
public struct MissingColumn: Sendable, Equatable, Codable {
    public var what: String
    public var remedy: String
}

/// Which columns of a file feed which deal fields, settled once from the header row.
public struct ColumnMap: Sendable, Equatable {
    public let header: [String]
    /// Column indexes per field, in the order they are tried.
    public let columns: [DealField: [Int]]
    /// The amount column holds cents, not units (Close's `value`): amounts are divided by 100.
    public var amountInCents = false

    /// Header names that feed no field, for the report (so a user sees what was not read).
    public var ignoredColumns: [String] {
        let used = Set(columns.values.joined())
        return header.indices.filter { !used.contains($0) && !header[$0].isEmpty }.map { header[$0] }
    }

    public func has(_ field: DealField) -> Bool { !(columns[field] ?? []).isEmpty }

    /// The header names a field reads from, for reports.
    public func headers(for field: DealField) -> [String] { (columns[field] ?? []).map { header[$0] } }

    /// The first non-empty cell for `field` in a row, trimmed, with the column it came from.
    func first(_ field: DealField, in cells: [String]) -> (value: String, column: Int)? {
        for index in columns[field] ?? [] where index < cells.count {
            let value = Self.cellValue(cells[index])
            if !value.isEmpty { return (value, index) }
        }
        return nil
    }

    /// Every non-empty cell for `field` in a row, in column priority order.
    func all(_ field: DealField, in cells: [String]) -> [(value: String, column: Int)] {
        (columns[field] ?? []).compactMap { index in
            guard index < cells.count else { return nil }
            let value = Self.cellValue(cells[index])
            return value.isEmpty ? nil : (value, index)
        }
    }

    /// A cell trimmed, with the formula guard of Debrief's CSV export ("'=x" for "=x") taken off again.
    static func cellValue(_ cell: String) -> String {
        let value = cell.importTrimmed
        guard value.hasPrefix("'"), let next = value.unicodeScalars.dropFirst().first,
              SpreadsheetCSV.formulaTriggers.contains(next) else { return value }
        return String(value.dropFirst())
    }

    /// Matches the header against field aliases, after applying the mapping file's explicit columns,
    /// which replace whatever the aliases would have picked for that field (an empty list, written
    /// `created_date = false`, means the field reads no column at all).
    public static func resolve(header: [String], mapping: ImportMapping = ImportMapping(), crm: CRMSource = .generic,
                               outcomeGiven: Bool = false) throws(ImportRefusal) -> ColumnMap {
        var columns: [DealField: [(priority: Int, index: Int)]] = [:]
        var taken = Set<Int>()
        for (field, names) in mapping.columns.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for (position, name) in names.enumerated() {
                guard let index = header.firstIndex(of: name)
                    ?? header.firstIndex(where: { ColumnName.key($0) == ColumnName.key(name) }) else {
                    throw .mappingColumnNotFound(field: field.rawValue, column: name, seen: header)
                }
                columns[field, default: []].append((position, index))
                taken.insert(index)
            }
        }
        let mappedFields = Set(mapping.columns.keys)
        let crmFields = crm.headerFields
        for (index, name) in header.enumerated() where !taken.contains(index) {
            let key = ColumnName.key(name)
            var found = crmFields[key].map { ($0, -1) } ?? match(key)
            // Salesforce custom fields end in "__c": "Loss_Reason__c" is a loss reason, and a custom id
            // field ("Legacy_Opp_Id__c") names the deal when nothing better does. Zoho marks its system
            // fields "__s" the same way ("Reason For Loss__s").
            // Data Loader writes headers in capitals ("LOSS_REASON__C").
            let lowerName = name.lowercased()
            if found == nil && (lowerName.hasSuffix("__c") || lowerName.hasSuffix("__s")) {
                found = match(String(key.dropLast())).map { ($0.0, $0.1 + 100) } ?? (key.hasSuffix("idc") ? (.crmId, 1_000) : nil)
            }
            guard let (field, priority) = found, !mappedFields.contains(field) else { continue }
            columns[field, default: []].append((priority, index))
        }
        // "Closed" is a yes/no flag beside a close date column (Bitrix24), but the close date itself when alone.
        if columns[.closeDate] == nil, !mappedFields.contains(.closeDate), let flags = columns[.isClosed],
           let plain = flags.first(where: { ColumnName.key(header[$0.index]) == "closed" }) {
            columns[.closeDate] = [plain]
            columns[.isClosed] = flags.filter { $0.index != plain.index }
            if columns[.isClosed]?.isEmpty == true { columns[.isClosed] = nil }
        }
        // A column called just "Date" (a monday.com board's date column) is the close date when nothing else is.
        if columns[.closeDate] == nil, !mappedFields.contains(.closeDate),
           let plain = header.indices.first(where: { !taken.contains($0) && ColumnName.key(header[$0]) == "date" }) {
            columns[.closeDate] = [(0, plain)]
        }
        var ordered: [DealField: [Int]] = [:]
        for (field, entries) in columns {
            ordered[field] = entries.sorted { ($0.priority, $0.index) < ($1.priority, $1.index) }.map(\.index)
        }
        var map = ColumnMap(header: header, columns: ordered)
        // Close writes an opportunity's `value` in cents ("value": 300000 is "value_formatted": "$3,000").
        if crm == .close, !mappedFields.contains(.amount), let first = map.columns[.amount]?.first,
           ColumnName.key(header[first]) == "value" {
            map.amountInCents = true
        }
        let missing = map.missingRequirements(outcomeGiven: outcomeGiven || mapping.defaultOutcome != nil)
        if !missing.isEmpty { throw .missingColumns(missing: missing, seen: header) }
        return map
    }

    /// What a file must have for a row to become a deal, each with the way to supply it.
    func missingRequirements(outcomeGiven: Bool) -> [MissingColumn] {
        var missing: [MissingColumn] = []
        if !has(.crmId) && !has(.name) {
            missing.append(MissingColumn(what: "an id or a name (Opportunity ID, Record ID, Deal Name, Title)",
                                         remedy: "[columns] name = \"Your Deal Name Column\""))
        }
        if !has(.stage) && !has(.status) && !has(.isWon) && !has(.isClosed) && !outcomeGiven {
            missing.append(MissingColumn(what: "an outcome (Stage, Deal Stage, Status, IsWon)",
                                         remedy: "[columns] stage = \"Your Stage Column\", or --outcome won|lost|no-decision for a file of one outcome"))
        }
        if !has(.closeDate) {
            missing.append(MissingColumn(what: DealField.closeDate.label, remedy: "[columns] close_date = \"Your Close Date Column\""))
        }
        return missing
    }

    /// Prefixes CRMs put before field names ("Deal - Value", "Opportunity Owner", "Verkaufschancen-Inhaber",
    /// "商談 所有者").
    private static let entityPrefixes = ["deal", "opportunity", "opp", "verkaufschancen", "verkaufschance", "商談", "取引", "案件"]
    /// What other languages put after them: "Nom de la transaction", "Etapa del negocio", "Fase do negócio",
    /// "ID de l'opportunité", "Name des Deals" (HubSpot's and Salesforce's French, Spanish, Portuguese,
    /// Italian and German labels).
    private static let entitySuffixes = ["delatransaction", "delopportunite", "delaffaire", "delnegocio", "donegocio",
                                         "delaoportunidad", "deoportunidad", "daoportunidade", "dellopportunita",
                                         "dellatrattativa", "deltrato", "desdeals", "dudeal", "vandedeal"]

    /// Every alias as a `ColumnName` key (so "レコードID" is written as it reads), with its field and priority;
    /// the first field in `DealField` order that lists an alias keeps it.
    private static let aliasTable: [String: (DealField, Int)] = {
        var table: [String: (DealField, Int)] = [:]
        for field in DealField.allCases {
            for (priority, alias) in field.aliases.enumerated() {
                let key = ColumnName.key(alias)
                if table[key] == nil { table[key] = (field, priority) }
            }
        }
        return table
    }()

    static func match(_ key: String) -> (DealField, Int)? {
        if key.isEmpty { return nil }
        if let found = aliasTable[key] { return found }
        for prefix in entityPrefixes where key.hasPrefix(prefix) && key.count > prefix.count {
            if let found = match(String(key.dropFirst(prefix.count))) { return found }
        }
        for suffix in entitySuffixes where key.hasSuffix(suffix) && key.count > suffix.count {
            if let found = match(String(key.dropLast(suffix.count))) { return found }
        }
        return nil
    }
}
