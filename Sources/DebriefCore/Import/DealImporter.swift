import Foundation

/// Choices for one import.
public struct ImportOptions: Sendable {
    /// Nil detects the CRM from the header row.
    public var format: CRMSource?
    public var mapping: ImportMapping
    /// Settles slashed dates; overrides the mapping's `date_format`.
    public var dateOrder: DateOrder?
    /// Compute the same report, write nothing.
    public var dryRun: Bool
    /// The outcome of rows whose own cells do not tell it (`--outcome`); overrides `[defaults] outcome`.
    public var outcome: Outcome?
    /// Writers in flight at once; see `BlockingWorkers`. A batched save waits on no fsync per file, so
    /// its writers are CPU-bound and queue on the folder's lock for each create and rename: a couple
    /// per core keep the cores busy, more only add switches (64 cost as much CPU and were no faster).
    public var writerThreads: Int

    public static let defaultWriterThreads = min(max(2, ProcessInfo.processInfo.activeProcessorCount * 2), 16)
    /// Called from writer threads as deals are saved: (saved so far, to save).
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(format: CRMSource? = nil, mapping: ImportMapping = ImportMapping(), dateOrder: DateOrder? = nil,
                dryRun: Bool = false, outcome: Outcome? = nil, writerThreads: Int = ImportOptions.defaultWriterThreads, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.format = format
        self.mapping = mapping
        self.dateOrder = dateOrder
        self.dryRun = dryRun
        self.outcome = outcome
        self.writerThreads = writerThreads
        self.progress = progress
    }
}

/// Brings a CRM's CSV export into the data directory: adds new deals, updates changed ones by CRM id,
/// leaves unchanged ones alone (their files are not even rewritten), and never touches reviews.
public struct DealImporter: Sendable {
    public let store: RecordStore

    public init(store: RecordStore) {
        self.store = store
    }

    public func importFile(atPath path: String, options: ImportOptions = ImportOptions()) throws(ImportRefusal) -> ImportReport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: isDirectory.boolValue ? "it is a directory" : "permission denied")
        }
        return try importData(data, named: path, options: options)
    }

    public func importData(_ data: Data, named name: String, options: ImportOptions = ImportOptions()) throws(ImportRefusal) -> ImportReport {
        // The text, the table and the rows' first reading end with `read`, before any deal is planned
        // or written: at 100,000 rows they are most of an import's memory.
        var (report, candidates, map) = try read(data, named: name, options: options)
        let plan = plan(candidates, map: map)
        candidates = []
        report.unchanged = plan.unchanged
        report.rejected += plan.rejected
        var saved = plan.writes
        if !options.dryRun {
            let failures = write(plan.writes, options: options)
            saved = plan.writes.filter { failures[$0.deal.id] == nil }
            report.rejected += plan.writes.compactMap { write in
                failures[write.deal.id].map { RejectedRow(line: write.line, column: nil, value: nil, reason: $0) }
            }
        }
        report.added = saved.filter(\.isNew).map(\.deal.id)
        report.updated = saved.filter { !$0.isNew }.map(\.deal.id)
        report.rejected.sort { $0.line < $1.line }
        return report
    }

    /// Reads every row of the file into a candidate deal, one per id, and starts the report.
    private func read(_ data: Data, named name: String, options: ImportOptions) throws(ImportRefusal)
        -> (ImportReport, [(line: Int, deal: Deal)], ColumnMap) {
        var table: CSVTable
        let encoding: SourceEncoding
        do {
            let source = try SourceText.decode(data)
            table = try CSVTable.parse(source.text)
            encoding = source.encoding
        }
        var mapping = options.mapping
        if let outcome = options.outcome { mapping.defaultOutcome = outcome }
        let crm = options.format ?? CRMSource.detect(header: table.header, idValues: Self.idSample(table))
        let map = try ColumnMap.resolve(header: table.header, mapping: mapping, crm: crm)
        let dateColumns = (map.columns[.closeDate] ?? []) + (map.columns[.createdDate] ?? [])
        var dateCells = table.rows.flatMap { row in dateColumns.compactMap { $0 < row.cells.count ? row.cells[$0] : nil } }
        let dateOrder = try DateOrder.settle(dateCells, chosen: options.dateOrder ?? mapping.dateOrder)
        dateCells = []

        var report = ImportReport(
            file: name, source: crm, encoding: encoding, dateOrder: dateOrder, dryRun: options.dryRun,
            rows: table.rows.count, footerLines: table.footerLines,
            columns: Dictionary(uniqueKeysWithValues: map.columns.map { ($0.key.rawValue, map.headers(for: $0.key)) }),
            ignoredColumns: map.ignoredColumns
        )
        report.defaultOutcome = mapping.defaultOutcome
        if let column = map.headers(for: .crmId).first {
            report.identity = .crmId(column: column)
        } else if let column = map.headers(for: .name).first {
            report.identity = .name(column: column)
        }
        let idSource = mapping.source ?? crm.idPrefix
        let stageColumns = (map.columns[.stage] ?? []) + (map.columns[.status] ?? [])
        let signals = StageSignals(texts: table.rows.lazy.flatMap { row in stageColumns.lazy.compactMap { $0 < row.cells.count ? row.cells[$0] : nil } },
                                   overrides: mapping.stages)
        let reader = DealRowReader(map: map, source: idSource, mapping: mapping, dateOrder: dateOrder, stageSignals: signals)
        var outcomes = ParallelMap.map(table.rows) { reader.read($0) }
        table.rows = []
        defer { outcomes = [] }

        // One candidate per id; a later row with the same id is a duplicate or a contradiction.
        var candidates: [(line: Int, deal: Deal)] = []
        var firstLine: [String: Int] = [:]
        for outcome in outcomes {
            switch outcome {
            case .open(let stage):
                report.skippedOpen[stage.isEmpty ? "(no stage)" : stage, default: 0] += 1
            case .undetermined(_, let stage):
                report.undetermined[stage.isEmpty ? "(no stage)" : stage, default: 0] += 1
            case .rejected(let row):
                report.rejected.append(row)
            case .deal(let line, let key, var deal, let notes):
                if notes.contains(.unknownAmount) { report.unknownAmounts += 1 }
                if notes.contains(.createdAfterClose) { report.droppedCreatedDates += 1 }
                if deal.id.isEmpty { deal.id = DealIdentity.id(source: idSource, key: DealIdentity.canonicalKey(key, source: crm)) }
                if let earlier = firstLine[deal.id], let kept = candidates.first(where: { $0.line == earlier }) {
                    if kept.deal == deal {
                        report.duplicates.append(line)
                    } else {
                        report.rejected.append(RejectedRow(
                            line: line, column: map.headers(for: map.has(.crmId) ? .crmId : .name).first, value: key,
                            reason: "line \(earlier) has the same deal with different values; the first was kept"))
                    }
                    continue
                }
                firstLine[deal.id] = line
                candidates.append((line, deal))
            }
        }
        return (report, candidates, map)
    }

    /// A few values of the id column, which tell Salesforce's own ids from others.
    private static func idSample(_ table: CSVTable) -> [String] {
        guard let column = table.header.firstIndex(where: { ColumnName.key($0) == "id" }) else { return [] }
        return table.rows.prefix(20).compactMap { $0.cells.count > column ? $0.cells[column].importTrimmed : nil }
    }

    struct Write: Sendable {
        var line: Int
        var deal: Deal
        var isNew: Bool
    }

    /// Compares each candidate with what is on disk. Reading is CPU-bound decoding, so it runs on the cores.
    private func plan(_ candidates: [(line: Int, deal: Deal)], map: ColumnMap) -> (writes: [Write], unchanged: [String], rejected: [RejectedRow]) {
        let store = self.store
        // One directory listing tells which ids have a file; only those are read and decoded.
        let onDisk = Set((try? FileManager.default.contentsOfDirectory(atPath: store.folder(for: Deal.self).path)) ?? [])
        let existing = ParallelMap.map(candidates.map(\.deal.id)) { id -> Result<Deal?, StoreError> in
            guard onDisk.contains(id + ".json") else { return .success(nil) }
            do { return .success(try store.load(Deal.self, id: id)) } catch let error as StoreError {
                return .failure(error)
            } catch {
                return .failure(.brokenOnDisk(LoadProblem(path: id, reason: "\(error)")))
            }
        }
        var writes: [Write] = []
        var unchanged: [String] = []
        var rejected: [RejectedRow] = []
        for (candidate, current) in zip(candidates, existing) {
            switch current {
            case .failure(let error):
                rejected.append(RejectedRow(line: candidate.line, column: nil, value: nil, reason: error.description))
            case .success(nil):
                writes.append(Write(line: candidate.line, deal: candidate.deal, isNew: true))
            case .success(let old?):
                guard old.crmId == candidate.deal.crmId else {
                    rejected.append(RejectedRow(line: candidate.line, column: nil, value: nil,
                        reason: "the deal id \(old.id) is already used by a deal with CRM id \(old.crmId ?? "(none)"); it was left alone"))
                    continue
                }
                let merged = DealMerge.merged(existing: old, imported: candidate.deal, map: map)
                if merged == old {
                    unchanged.append(old.id)
                } else {
                    writes.append(Write(line: candidate.line, deal: merged, isNew: false))
                }
            }
        }
        return (writes, unchanged, rejected)
    }

    /// Saves through the store's batched compare-and-swap (one folder sync per chunk, not per deal);
    /// returns why each failed save failed, by id.
    private func write(_ writes: [Write], options: ImportOptions) -> [String: String] {
        let counter = ProgressCounter(total: writes.count, report: options.progress)
        let results = store.saveAll(writes.map(\.deal), now: Timestamp.now(), writerThreads: options.writerThreads) { counter.advance() }
        var failures: [String: String] = [:]
        for (write, result) in zip(writes, results) {
            guard case .failure(let error) = result else { continue }
            switch error {
            case let conflict as StaleRevision<Deal>:
                failures[write.deal.id] = "\(conflict.description) Run the import again to retry this deal."
            case let error as CustomStringConvertible & Error:
                failures[write.deal.id] = error.description
            default:
                failures[write.deal.id] = "\(error)"
            }
        }
        return failures
    }
}
