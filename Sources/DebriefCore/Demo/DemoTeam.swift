import Foundation

/// A realistic, deterministic sales team for trying Debrief and for benchmarks:
/// the same seed and the same as-of day give the same files, byte for byte.
public struct DemoTeam: Sendable {
    public struct Options: Sendable {
        public var deals: Int
        public var reviews: Int
        public var seed: UInt64
        /// The "today" the team's dates are relative to; close dates fall in the year before it.
        public var asOf: Day

        public init(deals: Int = 96, reviews: Int = 14, seed: UInt64 = 1, asOf: Day = Day.today()) {
            self.deals = deals
            self.reviews = reviews
            self.seed = seed
            self.asOf = asOf
        }
    }

    public var deals: [Deal]
    public var reviews: [Review]

    public init(_ options: Options) {
        var random = SeededRandom(seed: options.seed)
        let digits = max(4, String(max(options.deals, options.reviews)).count)
        func number(_ n: Int) -> String {
            let text = String(n)
            return String(repeating: "0", count: max(0, digits - text.count)) + text
        }
        var deals: [Deal] = []
        deals.reserveCapacity(options.deals)
        for index in stride(from: 1, through: options.deals, by: 1) {
            deals.append(DemoTeam.makeDeal(id: "demo-deal-\(number(index))", asOf: options.asOf, random: &random))
        }
        self.deals = deals
        // Review the most recent deals first, as a manager would, skipping some to leave work to do.
        let byRecency = deals.indices.sorted { (deals[$0].closeDate, $1) > (deals[$1].closeDate, $0) }
        let count = min(options.reviews, deals.count)
        var chosen: [Int] = []
        chosen.reserveCapacity(count)
        var cursor = 0
        while chosen.count < count && cursor < byRecency.count {
            let remainingDeals = byRecency.count - cursor
            let remainingNeeded = count - chosen.count
            if remainingDeals <= remainingNeeded || random.chance(0.7) { chosen.append(byRecency[cursor]) }
            cursor += 1
        }
        var reviews: [Review] = []
        reviews.reserveCapacity(count)
        for (offset, dealIndex) in chosen.enumerated() {
            // Older deals' reviews are further along; the newest are only scheduled.
            let progress = Double(offset) / Double(max(1, count - 1))
            let status: ReviewStatus = count < 8
                ? ReviewStatus.allCases[offset % ReviewStatus.allCases.count]
                : progress < 0.15 ? .scheduled : progress < 0.3 ? .prepReady : progress < 0.45 ? .inProgress : .completed
            reviews.append(DemoTeam.makeReview(id: "demo-review-\(number(offset + 1))", deal: deals[dealIndex], status: status,
                                               asOf: options.asOf, random: &random))
        }
        self.reviews = reviews
    }

    /// Writes the team into `directory`, which must be empty or not exist yet.
    /// Every file is new, so there is nothing to compare-and-swap against: files are created with
    /// O_EXCL and the whole file system is synced once at the end instead of once per file.
    public func write(to directory: URL) throws {
        let store = RecordStore(root: directory)
        try DurableFile.makeDirectory(directory)
        // The caller checked the directory is empty, so it is ours to make private.
        chmod(directory.path, DurableFile.directoryMode)
        try DurableFile.makeDirectory(store.folder(for: Deal.self))
        try DurableFile.makeDirectory(store.folder(for: Review.self))
        func firstFailure<R: StoredRecord>(_ records: [R]) -> Error? {
            ParallelMap.map(Array(records.indices)) { index -> Error? in
                var record = records[index]
                record.revision = 1
                do {
                    try DurableFile.createNew(RecordCoding.encode(record), at: store.fileURL(for: R.self, id: record.id))
                    return nil
                } catch { return error }
            }.lazy.compactMap { $0 }.first
        }
        if let failure = firstFailure(deals) ?? firstFailure(reviews) { throw failure }
        sync()
    }

    // MARK: Deals

    static func makeDeal(id: String, asOf: Day, random: inout SeededRandom) -> Deal {
        let account = random.pick(DemoCatalog.accounts)
        let product = random.pick(DemoCatalog.products)
        let segment = random.pick(DemoCatalog.segments)
        let roll = random.int(0...99)
        let outcome: Outcome = roll < 46 ? .won : roll < 82 ? .lost : .noDecision
        let closeDate = asOf.adding(days: -random.int(1...365))
        let cycle = segment == "Enterprise" ? random.int(60...240) : segment == "Mid-Market" ? random.int(30...150) : random.int(10...75)
        let base = segment == "Enterprise" ? random.int(60...400) : segment == "Mid-Market" ? random.int(20...120) : random.int(3...30)
        let amount = Decimal(base * 1000 + random.int(0...3) * 250)
        let currency = random.chance(0.15) ? random.pick(["EUR", "GBP", "NOK"]) : "USD"
        var competitors: [String] = []
        if random.chance(0.75) { competitors.append(random.pick(DemoCatalog.competitors)) }
        if random.chance(0.25) {
            let second = random.pick(DemoCatalog.competitors)
            if !competitors.contains(second) { competitors.append(second) }
        }
        let reasonPool = outcome == .won ? DemoCatalog.winReasons : outcome == .lost ? DemoCatalog.lossReasons : DemoCatalog.noDecisionReasons
        var reasons = [random.pick(reasonPool)]
        if random.chance(0.35) {
            let extra = random.pick(reasonPool)
            if extra != reasons[0] { reasons.append(extra) }
        }
        let shortAccount = account.split(separator: " ").first.map(String.init) ?? account
        return Deal(
            id: id,
            crmId: "006DEMO\(String(random.next() % 1_000_000_000, radix: 36).uppercased())",
            source: "demo",
            account: account,
            name: "\(shortAccount) – \(product)",
            amount: Money(amount, currency),
            outcome: outcome,
            closeDate: closeDate,
            createdDate: closeDate.adding(days: -cycle),
            owner: random.pick(DemoCatalog.reps),
            segment: segment,
            dealType: random.pick(DemoCatalog.dealTypes),
            leadSource: random.pick(DemoCatalog.leadSources),
            stageReached: outcome == .won ? "Closed Won" : random.pick(DemoCatalog.lostStages),
            competitors: competitors,
            reasons: reasons,
            notes: random.pick(DemoCatalog.dealNotes),
            updatedAt: closeDate.startDate.addingTimeInterval(17 * 3600)
        )
    }

    // MARK: Reviews

    static func makeReview(id: String, deal: Deal, status: ReviewStatus, asOf: Day, random: inout SeededRandom) -> Review {
        let set = BuiltInQuestions.set(for: deal.outcome)
        let scheduled = min(asOf.adding(days: random.int(0...6)), deal.closeDate.adding(days: random.int(3...14)))
        let createdDay = min(asOf, deal.closeDate.adding(days: random.int(1...3)))
        let createdAt = createdDay.startDate.addingTimeInterval(Double(random.int(8...17)) * 3600)
        var review = Review(
            id: id, dealId: deal.id, kind: ReviewKind(for: deal.outcome), status: status,
            manager: DemoCatalog.manager, rep: deal.owner, questionSetId: set.id, scheduledFor: scheduled,
            createdAt: createdAt, plannedMinutes: 30,
            answers: set.questions.map { Answer(question: $0) }
        )
        if status >= .prepReady {
            for index in review.answers.indices where review.answers[index].askedInPrep {
                review.answers[index].prepAnswer = random.pick(DemoCatalog.prepAnswers[review.answers[index].theme] ?? [""])
            }
        }
        if status >= .inProgress {
            let start = max(createdAt, scheduled.startDate.addingTimeInterval(10 * 3600))
            review.startedAt = start
            let answered = status == .completed ? review.answers.count : review.answers.count / 3
            for index in review.answers.indices.prefix(answered) {
                if random.chance(0.12) {
                    review.answers[index].skipped = true
                    continue
                }
                review.answers[index].notes = random.pick(DemoCatalog.managerNotes[review.answers[index].theme] ?? [""])
                review.answers[index].insight = random.chance(0.2)
            }
            // A review left half done took a while to get there: about a minute and a half a question.
            if status == .inProgress { review.spentSeconds = answered * 95 }
        }
        if status == .completed {
            review.completedAt = review.startedAt.map { $0.addingTimeInterval(Double(random.int(25...50)) * 60) }
            // One sitting: the time spent is the meeting's length.
            if let start = review.startedAt, let end = review.completedAt { review.spentSeconds = Int(end.timeIntervalSince(start)) }
            addFindings(to: &review, deal: deal, random: &random)
        }
        review.updatedAt = review.completedAt ?? review.startedAt ?? createdAt
        return review
    }

    static func addFindings(to review: inout Review, deal: Deal, random: inout SeededRandom) {
        let effect: Factor.Effect = deal.outcome == .won ? .success : .failure
        let catalog = deal.outcome == .won ? DemoCatalog.successFactors : DemoCatalog.failureFactors
        for n in 1...random.int(2...4) {
            // Three draws per factor, as the generator has always taken, so the rest of the team stays the same.
            let factor = random.pick(catalog)
            let evidence = random.chance(0.7) ? factor.evidence[0] : factor.evidence[factor.evidence.count - 1]
            _ = random.next()
            if review.factors.contains(where: { $0.text == factor.text }) { continue }
            review.factors.append(Factor(id: "f\(n)", effect: effect, cause: factor.cause, evidence: evidence, text: factor.text))
        }
        for n in 1...random.int(1...2) {
            let practice = random.pick(DemoCatalog.practices)
            if review.practices.contains(where: { $0.title == practice.0 }) { continue }
            review.practices.append(BestPractice(id: "p\(n)", title: practice.0, detail: practice.1))
        }
        review.fineTuning.append(FineTuningPoint(id: "t1", text: random.pick(DemoCatalog.fineTuningPoints)))
        for n in 1...random.int(2...3) {
            let signal = random.pick(DemoCatalog.signals)
            if review.signals.contains(where: { $0.text == signal.1 }) { continue }
            review.signals.append(QualificationSignal(id: "s\(n)", sign: signal.0, text: signal.1, present: random.chance(0.6)))
        }
        let dueBase = Day(review.completedAt ?? review.createdAt)
        for n in 1...random.int(1...2) {
            let text = random.pick(DemoCatalog.actionItems)
            if review.actionItems.contains(where: { $0.text == text }) { continue }
            review.actionItems.append(ActionItem(
                id: "a\(n)", text: text,
                owner: random.chance(0.5) ? review.rep : review.manager,
                due: dueBase.adding(days: random.int(7...30)), done: random.chance(0.4)))
        }
        let reason = deal.reasons.first.map { $0.text.prefix(1).lowercased() + $0.text.dropFirst() }
        switch deal.outcome {
        case .won: review.summary = "Won: \(reason ?? "a good fit"). Repeat: \(review.practices.first?.title ?? "the mutual plan")."
        case .lost: review.summary = "Lost: \(reason ?? "unclear"). Next time: \(review.fineTuning.first?.text ?? "qualify earlier")"
        case .noDecision: review.summary = "No decision: \(reason ?? "it stalled"). Next time: \(review.fineTuning.first?.text ?? "find the compelling event")"
        }
    }
}
