import Foundation

/// What one CSV row turned out to be.
enum RowOutcome: Sendable {
    /// A closed deal, not yet given its id unless the file carried Debrief's own.
    case deal(line: Int, key: String, deal: Deal)
    /// An open (or deleted) deal, skipped; the stage or status it was in.
    case open(stage: String)
    case rejected(RejectedRow)
}

/// Turns one row into a deal using the file's column map. Every cell is untrusted: each value is
/// checked, and a row that cannot become a valid deal is rejected with the column and the reason.
struct DealRowReader: Sendable {
    let map: ColumnMap
    let source: String
    let mapping: ImportMapping
    let dateOrder: DateOrder?

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
        let status = map.first(.status, in: cells)
        let stage = map.first(.stage, in: cells)
        let statusVerdict = status.map { StageOutcome.verdict(forStage: $0.value, overrides: mapping.stages) }
        let stageVerdict = stage.map { StageOutcome.verdict(forStage: $0.value, overrides: mapping.stages) }
        let verdict: StageVerdict
        if let statusVerdict, statusVerdict != .open || stageVerdict == nil || stageVerdict == .open {
            verdict = statusVerdict
        } else if let stageVerdict {
            verdict = stageVerdict
        } else {
            return reject(map.has(.stage) ? .stage : .status, nil, nil, "no stage or status, so the outcome is unknown")
        }
        let lossTexts = (map.all(.lossReason, in: cells) + map.all(.reason, in: cells)).map(\.value)
        guard let outcome = StageOutcome.outcome(for: verdict, lossReasons: lossTexts) else {
            return .open(stage: (status ?? stage)?.value ?? "")
        }

        let crmId = map.first(.crmId, in: cells)?.value
        let name = map.first(.name, in: cells)?.value
        guard let key = crmId ?? name else {
            return reject(map.has(.crmId) ? .crmId : .name, nil, nil, "no id and no name, so the deal cannot be told apart from others")
        }

        // No amount is an unknown amount, never 0: who won, why and against whom still count.
        var amount: AmountText.Parsed?
        if let amountCell = map.first(.amount, in: cells) {
            switch AmountText.parse(amountCell.value) {
            case .success(let parsed): amount = parsed
            case .failure(let problem): return reject(.amount, amountCell.column, amountCell.value, problem.description)
            }
        }
        var currency = amount?.currency ?? mapping.currency ?? "USD"
        if let currencyCell = map.first(.currency, in: cells) {
            guard let code = CurrencyCode.normalized(currencyCell.value) else {
                return reject(.currency, currencyCell.column, currencyCell.value, "not a currency; use a three-letter code such as USD or EUR")
            }
            currency = code
        }

        guard let closeCell = map.first(.closeDate, in: cells) else {
            return reject(.closeDate, nil, nil, "the close date is empty; a closed deal needs one")
        }
        guard let closeDate = DateText.parse(closeCell.value, order: dateOrder) else {
            return reject(.closeDate, closeCell.column, closeCell.value, "not a date; expected \(DateText.expectedForm(dateOrder))")
        }
        var createdDate: Day?
        if let createdCell = map.first(.createdDate, in: cells) {
            guard let day = DateText.parse(createdCell.value, order: dateOrder) else {
                return reject(.createdDate, createdCell.column, createdCell.value, "not a date; expected \(DateText.expectedForm(dateOrder))")
            }
            createdDate = day
        }

        let reasonFields: [DealField] = outcome == .won ? [.wonReason, .reason] : [.lossReason, .reason]
        let reasons = reasonFields.flatMap { map.all($0, in: cells) }.flatMap { ReasonClassifier.reasons(from: $0.value) }
        let account = map.first(.account, in: cells)?.value ?? AccountName.fromDealName(name ?? key)
        var id = ""
        if let explicit = map.first(.debriefId, in: cells) {
            if let problem = RecordID.problem(with: explicit.value) {
                return reject(.debriefId, explicit.column, explicit.value, problem)
            }
            id = explicit.value
        }
        let deal = Deal(
            id: id, crmId: crmId, source: map.first(.crm, in: cells)?.value ?? source, account: account, name: name ?? account,
            amount: amount.map { Money($0.value, currency) }, outcome: outcome, closeDate: closeDate, createdDate: createdDate,
            owner: map.first(.owner, in: cells)?.value ?? "Unassigned",
            segment: map.first(.segment, in: cells)?.value, dealType: map.first(.dealType, in: cells)?.value,
            leadSource: map.first(.leadSource, in: cells)?.value,
            stageReached: map.first(.stageReached, in: cells)?.value ?? stage.flatMap { stageVerdict == .open ? $0.value : nil },
            competitors: competitors(in: cells), reasons: reasons, notes: notes(in: cells)
        )
        if let createdDate, createdDate > closeDate {
            return reject(.createdDate, nil, map.first(.createdDate, in: cells)?.value,
                          "created \(createdDate) is after the close date \(closeDate)")
        }
        // The id is given later; every other problem the model knows of rejects the row.
        if let problem = deal.validationProblems().first(where: { !$0.hasPrefix("id:") }) {
            return reject(nil, nil, nil, problem)
        }
        return .deal(line: row.line, key: key, deal: deal)
    }

    /// Competitor columns, each possibly a ';'-separated list (HubSpot multi-select), without repeats.
    private func competitors(in cells: [String]) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for cell in map.all(.competitors, in: cells) {
            for part in cell.value.split(separator: ";") {
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
            guard cell.value.utf8.contains(UInt8(ascii: "\r")) else { return cell.value }
            return cell.value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }.joined(separator: "\n\n")
    }
}

/// The account behind a deal name when the file has no account column: CRMs and reps name deals
/// "Account - Project" (HubSpot's deal export has no company column by default).
enum AccountName {
    static func fromDealName(_ name: String) -> String {
        for separator in [" - ", " – ", " — ", " | "] {
            if let offset = TextScan.firstOffset(of: separator, in: name) {
                let account = String(decoding: name.utf8.prefix(offset), as: UTF8.self).importTrimmed
                if !account.isEmpty { return account }
            }
        }
        return name
    }
}
