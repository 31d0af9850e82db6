import Foundation

/// The rows of an import, a batch at a time: each batch is read into deals on all cores, checked
/// against the ids seen in earlier batches, compared with what is on disk and written, and only its
/// outcome stays in the report. What carries from batch to batch is one small entry per id.
struct DealImportBatches {
    let importer: DealImporter
    let map: ColumnMap
    let mapping: ImportMapping
    let crm: CRMSource
    let idSource: String
    let dateOrder: DateOrder?
    let options: ImportOptions
    let progress: ProgressCounter
    /// The deal folder's listing, taken once before the first batch: the ids that had a file then.
    /// Ids this import writes are never looked up again (a second row with one is a repeat).
    private let onDisk: Set<String>
    /// The first row of each id so far: its line and the deal it held, as fingerprints, not strings.
    private var seen: [Fingerprint: (line: Int, deal: Fingerprint)] = [:]

    init(importer: DealImporter, map: ColumnMap, mapping: ImportMapping, crm: CRMSource, idSource: String,
         dateOrder: DateOrder?, options: ImportOptions, progress: ProgressCounter) {
        self.importer = importer
        self.map = map
        self.mapping = mapping
        self.crm = crm
        self.idSource = idSource
        self.dateOrder = dateOrder
        self.options = options
        self.progress = progress
        onDisk = Set((try? FileManager.default.contentsOfDirectory(atPath: importer.store.folder(for: Deal.self).path)) ?? [])
    }

    mutating func run(_ rows: [CSVRow], into report: inout ImportReport) {
        let stageColumns = (map.columns[.stage] ?? []) + (map.columns[.status] ?? [])
        let signals = StageSignals(texts: rows.lazy.flatMap { row in stageColumns.lazy.compactMap { $0 < row.cells.count ? row.cells[$0] : nil } },
                                   overrides: mapping.stages)
        let reader = DealRowReader(map: map, source: idSource, mapping: mapping, dateOrder: dateOrder, stageSignals: signals)
        let outcomes = ParallelMap.map(rows) { reader.read($0) }

        // One candidate per id; a later row with the same id is a duplicate or a contradiction.
        var candidates: [(line: Int, deal: Deal)] = []
        for outcome in outcomes {
            switch outcome {
            case .open(let stage):
                report.skippedOpen[stage.isEmpty ? "(no stage)" : stage, default: 0] += 1
                progress.advance()
            case .undetermined(_, let stage):
                report.undetermined[stage.isEmpty ? "(no stage)" : stage, default: 0] += 1
                progress.advance()
            case .rejected(let row):
                report.rejected.append(row)
                progress.advance()
            case .deal(let line, let key, var deal, let notes):
                if notes.contains(.unknownAmount) { report.unknownAmounts += 1 }
                if notes.contains(.createdAfterClose) { report.droppedCreatedDates += 1 }
                if notes.contains(.placeholderAmount) { report.placeholderAmounts += 1 }
                if notes.contains(.numericDate) { report.numericDates += 1 }
                if notes.contains(.assumedCurrency) { report.assumedCurrency += 1 }
                if deal.closeDate > options.today {
                    report.futureCloseDates += 1
                    if report.firstFutureCloseLine.map({ line < $0 }) ?? true { report.firstFutureCloseLine = line }
                }
                if deal.id.isEmpty {
                    deal.id = DealIdentity.id(source: idSource, key: DealIdentity.canonicalKey(key, source: crm))
                    // The same deal imported before under the id of a CRM misread then stays one deal.
                    if !onDisk.contains(deal.id + ".json"),
                       let earlier = DealIdentity.earlierID(key: key, byName: !map.has(.crmId), source: crm, idSource: idSource, onDisk: onDisk) {
                        deal.id = earlier
                    }
                }
                let id = Fingerprint(deal.id), fingerprint = Fingerprint(deal)
                if let earlier = seen[id] {
                    if earlier.deal == fingerprint {
                        report.duplicates.append(line)
                    } else {
                        report.rejected.append(RejectedRow(
                            line: line, column: map.headers(for: map.has(.crmId) ? .crmId : .name).first, value: key,
                            reason: "line \(earlier.line) has the same deal with different values; the first was kept"))
                    }
                    progress.advance()
                    continue
                }
                seen[id] = (line, fingerprint)
                candidates.append((line, deal))
            }
        }

        let plan = importer.plan(candidates, map: map, onDisk: onDisk)
        report.unchanged += plan.unchanged
        report.rejected += plan.rejected
        for _ in 0..<(plan.unchanged.count + plan.rejected.count) { progress.advance() }
        var saved = plan.writes
        if options.dryRun {
            for _ in plan.writes { progress.advance() }
        } else {
            let failures = importer.write(plan.writes, options: options, progress: progress)
            saved = plan.writes.filter { failures[$0.deal.id] == nil }
            report.rejected += plan.writes.compactMap { write in
                failures[write.deal.id].map { RejectedRow(line: write.line, column: nil, value: nil, reason: $0) }
            }
        }
        report.added += saved.filter(\.isNew).map(\.deal.id)
        report.updated += saved.filter { !$0.isNew }.map(\.deal.id)
    }
}

/// 128 bits that stand for a value within one process: two differently salted hashes. Equal values
/// give equal fingerprints; two different ids or deals share one with a chance of about 2⁻¹²⁸.
struct Fingerprint: Hashable, Sendable {
    let high: Int
    let low: Int

    init(_ value: some Hashable) {
        var first = Hasher(), second = Hasher()
        first.combine(0x5EED_0001)
        second.combine(0x5EED_0002)
        first.combine(value)
        second.combine(value)
        high = first.finalize()
        low = second.finalize()
    }
}
