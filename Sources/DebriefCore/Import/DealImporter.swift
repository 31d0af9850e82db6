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
    /// Called as rows are done, from writer threads as deals are saved: (rows done, data rows in the file).
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Bytes read from the file at once; an import holds about one such piece of the file.
    public var pieceSize = CSVRecordStream.defaultPieceSize
    /// Rows read, planned and written together: enough to keep the writers busy, few enough to hold.
    public var batchRows = 16_384
    /// The day the import runs: a closed deal whose close date is after it is counted in the report.
    public var today = Day.today()

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
        try importSource(ImportFileSource(path: path), named: path, options: options)
    }

    public func importData(_ data: Data, named name: String, options: ImportOptions = ImportOptions()) throws(ImportRefusal) -> ImportReport {
        try importSource(ImportDataSource(data), named: name, options: options)
    }

    /// Three passes over the file, a piece at a time: its encoding (one stray byte anywhere decides),
    /// its layout (header, footer, the order of its dates), then its rows, read, planned and written a
    /// batch at a time. Every reason to refuse the whole file is known before the first deal is written,
    /// and what the import holds is a piece of the file, a batch of rows and one entry per id seen.
    private func importSource(_ source: ImportByteSource, named name: String, options: ImportOptions) throws(ImportRefusal) -> ImportReport {
        let pieceSize = max(1, options.pieceSize)
        let encoding = try SourceEncoding.probe(source, pieceSize: pieceSize)
        let survey = try CSVSurvey.read(source, encoding: encoding, pieceSize: pieceSize)
        var mapping = options.mapping
        if let outcome = options.outcome { mapping.defaultOutcome = outcome }
        let crm = options.format ?? CRMSource.detect(header: survey.header, idValues: survey.idSample)
        let map = try ColumnMap.resolve(header: survey.header, mapping: mapping, crm: crm)
        let dateColumns = (map.columns[.closeDate] ?? []) + (map.columns[.createdDate] ?? [])
        let dateEvidence = DateOrderEvidence.merged(dateColumns.map { survey.dates[$0] ?? DateOrderEvidence() })
        let dateOrder = try DateOrder.settle(dateEvidence, chosen: options.dateOrder ?? mapping.dateOrder)

        var report = ImportReport(
            file: name, source: crm, encoding: encoding, dateOrder: dateOrder, dryRun: options.dryRun,
            rows: survey.rows, footerLines: survey.footerLines,
            columns: Dictionary(uniqueKeysWithValues: map.columns.map { ($0.key.rawValue, map.headers(for: $0.key)) }),
            ignoredColumns: map.ignoredColumns
        )
        report.defaultOutcome = mapping.defaultOutcome
        // Which date settled the order, when the file's own dates did: "03/04/2026" alone could be either.
        if options.dateOrder == nil && mapping.dateOrder == nil, !dateEvidence.ambiguous.isEmpty {
            report.dateOrderShownBy = dateOrder == .us ? dateEvidence.us?.text : dateEvidence.dayFirst?.text
        }
        report.titleLines = survey.titleLines
        report.sectionLines = survey.sectionLines
        report.sectionLineNumbers = survey.sectionLineNumbers
        if map.amountInCents { report.centsColumn = map.headers(for: .amount).first }
        if let column = map.headers(for: .crmId).first {
            report.identity = .crmId(column: column)
        } else if let column = map.headers(for: .name).first {
            report.identity = .name(column: column)
        }

        var batches = DealImportBatches(
            importer: self, map: map, mapping: mapping, crm: crm, idSource: mapping.source ?? crm.idPrefix, dateOrder: dateOrder,
            options: options, progress: ProgressCounter(total: survey.rows, report: options.progress))
        var batch: [CSVRow] = []
        batch.reserveCapacity(options.batchRows)
        var body = 0
        let delimiter = try CSVRecordStream.read(source, encoding: encoding, pieceSize: pieceSize) { row, line in
            guard line > survey.headerLine else { return }
            defer { body += 1 }
            guard body < survey.bodyRecords, !row.isBlank else { return }
            // Group titles and repeated headers, counted by the survey.
            if survey.header.count > 1 && row.isSingleCell || CSVSurvey.repeatsHeader(row, survey.header) { return }
            batch.append(CSVRow(line: line, cells: row.strings))
            if batch.count >= options.batchRows {
                batches.run(batch, into: &report)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { batches.run(batch, into: &report) }
        // The same bytes give the same delimiter; another one means the file changed between passes.
        if delimiter != survey.delimiter {
            report.rejected.append(RejectedRow(line: survey.headerLine, column: nil, value: nil,
                reason: "the file changed while it was being imported; import it again when it is saved"))
        }
        report.rejected.sort { $0.line < $1.line }
        return report
    }

    struct Write: Sendable {
        var line: Int
        var deal: Deal
        var isNew: Bool
    }

    /// Compares each candidate with what is on disk. Reading is CPU-bound decoding, so it runs on the cores.
    /// `onDisk`: the deal folder's listing, which tells which ids have a file; only those are read and decoded.
    func plan(_ candidates: [(line: Int, deal: Deal)], map: ColumnMap, onDisk: Set<String>) -> (writes: [Write], unchanged: [String], rejected: [RejectedRow]) {
        let store = self.store
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
    func write(_ writes: [Write], options: ImportOptions, progress counter: ProgressCounter) -> [String: String] {
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
