import Foundation

/// What one CSV row turned out to be.
enum RowOutcome: Sendable {
    /// A closed deal, not yet given its id unless the file carried Debrief's own.
    case deal(line: Int, key: String, deal: Deal, notes: RowNotes)
    /// An open (or deleted) deal, skipped; the stage or status it was in.
    case open(stage: String)
    /// A closed deal whose outcome no cell tells; the stage it was in, for the `[stages]` line to add.
    case undetermined(line: Int, stage: String)
    case rejected(RejectedRow)
}

/// What was kept in a row differently from how the file had it, counted in the report.
struct RowNotes: OptionSet, Sendable {
    let rawValue: Int
    /// No amount: kept as unknown, not 0.
    static let unknownAmount = RowNotes(rawValue: 1)
    /// The created date was after the close date (Salesforce's CreatedDate is when a record was loaded): dropped.
    static let createdAfterClose = RowNotes(rawValue: 2)
    /// The amount cell held a placeholder ("-", "N/A", "TBD"): kept as unknown, not 0.
    static let placeholderAmount = RowNotes(rawValue: 4)
    /// A date was a bare number (Unix time, an Excel day number), read as one.
    static let numericDate = RowNotes(rawValue: 8)
    /// The amount named no currency and no column or mapping gave one: taken as USD.
    static let assumedCurrency = RowNotes(rawValue: 16)
}

/// The signal of each distinct stage and status text in a file, worked out once before the rows are
/// read: labels in other scripts go through Foundation's folding, too slow to repeat per row.
struct StageSignals: Sendable {
    private var signals: [String: OutcomeSignal] = [:]
    private var overridden: Set<String> = []

    init(texts: some Sequence<String>, overrides: [String: StageVerdict]) {
        for text in texts where signals[text] == nil {
            let value = ColumnMap.cellValue(text)
            signals[text] = OutcomeSignal.of(stage: value, overrides: overrides)
            if !overrides.isEmpty, overrides[ColumnName.key(value)] != nil { overridden.insert(text) }
        }
    }

    func signal(_ cell: String, overrides: [String: StageVerdict]) -> OutcomeSignal {
        signals[cell] ?? OutcomeSignal.of(stage: ColumnMap.cellValue(cell), overrides: overrides)
    }

    func isOverridden(_ cell: String) -> Bool { overridden.contains(cell) }
}

/// Turns one row into a deal using the file's column map. Every cell is untrusted: each value is
/// checked, and a row that cannot become a valid deal is rejected with the column and the reason.
struct DealRowReader: Sendable {
    let map: ColumnMap
    let source: String
    let mapping: ImportMapping
    let dateOrder: DateOrder?
    let stageSignals: StageSignals
    /// The owner of a deal whose row names none.
    static let unassignedOwner = "Unassigned"
    /// A file Debrief exported itself: its outcome column is exact and its lists are escaped.
    var isDebriefExport: Bool { map.has(.debriefId) }

    init(map: ColumnMap, source: String, mapping: ImportMapping, dateOrder: DateOrder?, stageSignals: StageSignals? = nil) {
        self.map = map
        self.source = source
        self.mapping = mapping
        self.dateOrder = dateOrder
        self.stageSignals = stageSignals ?? StageSignals(texts: [], overrides: mapping.stages)
    }

    func read(_ row: CSVRow) -> RowOutcome {
        let cells = row.cells
        func reject(_ field: DealField?, _ column: Int?, _ value: String?, _ reason: String) -> RowOutcome {
            let header = column.map { map.header[$0] } ?? field.flatMap { map.headers(for: $0).first }
            return .rejected(RejectedRow(line: row.line, column: header, value: value, reason: reason))
        }
        let width = map.header.count
        if cells.count < width || (cells.count > width && cells[width...].contains { !$0.isEmpty }) {
            return reject(nil, nil, nil, "the row has \(cells.count) cells but the header has \(width); "
                + "a quote may be missing or a value may contain an unquoted delimiter")
        }

        // Outcome first: open deals are skipped before anything else is demanded of them.
        let stage = map.first(.stage, in: cells)
        let statuses = map.all(.status, in: cells)
        var signals = RowOutcomeSignals(
            isWon: map.first(.isWon, in: cells).flatMap { OutcomeSignal.flag($0.value) },
            isClosed: map.first(.isClosed, in: cells).flatMap { OutcomeSignal.flag($0.value) },
            isActive: map.first(.isActive, in: cells).flatMap { OutcomeSignal.flag($0.value) },
            statuses: statuses.map { stageSignals.signal($0.value, overrides: mapping.stages) },
            stage: stage.map { stageSignals.signal($0.value, overrides: mapping.stages) })
        if let cell = (statuses + [stage].compactMap { $0 }).first(where: { stageSignals.isOverridden($0.value) }) {
            signals.overridden = stageSignals.signal(cell.value, overrides: mapping.stages)
        }
        // The cell that says where the deal stands: a status that says so (Pipedrive "open"), else the stage.
        let sayingStatus = zip(statuses, signals.statuses).first { $0.1 != .unknown }?.0
        let stageText = (sayingStatus ?? stage ?? statuses.first)?.value ?? ""
        var outcome: Outcome
        switch signals.verdict(default: mapping.defaultOutcome) {
        case .outcome(let settled): outcome = settled
        case .open: return .open(stage: stageText)
        case .undetermined: return .undetermined(line: row.line, stage: stageText)
        case .unknown:
            if stage != nil || !statuses.isEmpty { return .open(stage: stageText) }
            return reject(map.has(.stage) ? .stage : .status, nil, nil,
                          "no stage, status or won/closed flag, so the outcome is unknown; pass --outcome won|lost|no-decision if the file holds one outcome")
        }
        if outcome == .lost && !isDebriefExport {
            let lossTexts = (map.all(.lossReason, in: cells) + map.all(.reason, in: cells)).map(\.value)
            if lossTexts.contains(where: NoDecisionPhrases.matches) { outcome = .noDecision }
        }

        let crmId = map.first(.crmId, in: cells)?.value
        let name = map.first(.name, in: cells)?.value
        let accountCell = map.first(.account, in: cells)?.value
        guard let key = crmId ?? name else {
            return reject(map.has(.crmId) ? .crmId : .name, nil, nil, "no id and no name, so the deal cannot be told apart from others")
        }
        // No account column means no account: a deal name is not an account ("Call 555-0100" is not a customer).
        guard let dealName = name ?? accountCell else {
            return reject(.name, nil, nil, "no deal name and no account, so nobody could tell which deal this is")
        }
        var notes: RowNotes = []

        // No amount is an unknown amount, never 0: who won, why and against whom still count.
        var amount: AmountText.Parsed?
        if let amountCell = map.first(.amount, in: cells), AmountText.isPlaceholder(amountCell.value) {
            notes.insert(.placeholderAmount)
        } else if let amountCell = map.first(.amount, in: cells) {
            switch AmountText.parse(amountCell.value) {
            case .success(var parsed):
                if map.amountInCents { parsed.value /= 100 }
                amount = parsed
            case .failure(let problem): return reject(.amount, amountCell.column, amountCell.value, problem.description)
            }
        } else {
            notes.insert(.unknownAmount)
        }
        var currency = amount?.currency ?? mapping.currency ?? "USD"
        if amount != nil, let currencyCell = map.first(.currency, in: cells) {
            guard let code = CurrencyCode.ofCell(currencyCell.value) else {
                return reject(.currency, currencyCell.column, currencyCell.value, "not a currency; use a three-letter code such as USD or EUR")
            }
            currency = code
        } else if let amount, amount.currency == nil, mapping.currency == nil {
            notes.insert(.assumedCurrency)
        }

        guard let closeCell = map.first(.closeDate, in: cells) else {
            return reject(.closeDate, nil, nil, "the close date is empty; a closed deal needs one")
        }
        guard let closeDate = DateText.parse(closeCell.value, order: dateOrder) else {
            return reject(.closeDate, closeCell.column, closeCell.value, DateText.problem(closeCell.value, order: dateOrder))
        }
        var createdDate: Day?
        if let createdCell = map.first(.createdDate, in: cells) {
            guard let day = DateText.parse(createdCell.value, order: dateOrder) else {
                return reject(.createdDate, createdCell.column, createdCell.value, DateText.problem(createdCell.value, order: dateOrder))
            }
            createdDate = day
            if NumericDate.isNumeric(createdCell.value) { notes.insert(.numericDate) }
        }
        if NumericDate.isNumeric(closeCell.value) { notes.insert(.numericDate) }
        // Salesforce's CreatedDate is when the record was loaded, often years after old close dates:
        // the deal is still good, only the created date is not.
        if let created = createdDate, created > closeDate {
            createdDate = nil
            notes.insert(.createdAfterClose)
        }

        let reasonFields: [DealField] = outcome == .won ? [.wonReason, .reason] : [.lossReason, .reason]
        let reasons = reasonFields.flatMap { map.all($0, in: cells) }.flatMap { cell in
            isDebriefExport ? ListCell.split(cell.value).map(ReasonClassifier.reason) : ReasonClassifier.reasons(from: cell.value)
        }
        var id = ""
        if let explicit = map.first(.debriefId, in: cells) {
            if let problem = RecordID.problem(with: explicit.value) {
                return reject(.debriefId, explicit.column, explicit.value, problem)
            }
            id = explicit.value
        }
        let stageIsOutcome = stage.map { signals.stage?.outcome != nil || stageSignals.isOverridden($0.value) } ?? true
        let deal = Deal(
            id: id, crmId: crmId, source: map.first(.crm, in: cells)?.value ?? source, account: accountCell ?? "", name: dealName,
            amount: amount.map { Money($0.value, currency) }, outcome: outcome, closeDate: closeDate, createdDate: createdDate,
            owner: map.first(.owner, in: cells)?.value ?? Self.unassignedOwner,
            segment: map.first(.segment, in: cells)?.value, dealType: map.first(.dealType, in: cells)?.value,
            leadSource: map.first(.leadSource, in: cells)?.value,
            stageReached: map.first(.stageReached, in: cells)?.value ?? (stageIsOutcome ? nil : stage?.value),
            competitors: competitors(in: cells), reasons: reasons, notes: self.notes(in: cells)
        )
        // The id is given later; every other problem the model knows of rejects the row.
        if let problem = deal.validationProblems().first(where: { !$0.hasPrefix("id:") }) {
            return reject(nil, nil, nil, problem)
        }
        return .deal(line: row.line, key: key, deal: deal, notes: notes)
    }

    /// Competitor columns, each possibly a ';'-separated list (HubSpot multi-select), without repeats.
    private func competitors(in cells: [String]) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for cell in map.all(.competitors, in: cells) {
            let parts = isDebriefExport ? ListCell.split(cell.value) : cell.value.split(separator: ";").map(String.init)
            for part in parts {
                let name = part.importTrimmed
                if !name.isEmpty && seen.insert(name.lowercased()).inserted { names.append(name) }
            }
        }
        return names
    }

    /// Notes columns joined by a blank line. Line ends inside a cell become "\n": the file's line-end
    /// convention is how it was saved, not part of what the rep wrote.
    private func notes(in cells: [String]) -> String {
        map.all(.notes, in: cells).map { cell in
            // Most cells have no CR at all; Foundation's replacing is costly enough to skip for them.
            // Debrief's own export holds notes exactly as they were kept.
            guard !isDebriefExport, cell.value.utf8.contains(UInt8(ascii: "\r")) else { return cell.value }
            return cell.value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }.joined(separator: "\n\n")
    }
}
