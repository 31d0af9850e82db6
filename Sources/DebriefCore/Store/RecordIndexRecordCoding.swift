import Foundation

/// The compact binary form of deals and reviews inside the record index. Every field is written,
/// so a record read back equals the record decoded from its JSON file. Adding a field to `Deal`
/// or `Review` means adding it here and bumping `RecordIndexFile.formatVersion`
/// (`RecordIndexCodingTests` fails until the field list below is updated).
enum RecordIndexRecordCoding {
    static let dealFields = ["schemaVersion", "id", "revision", "crmId", "source", "account", "name", "amount", "outcome",
                             "closeDate", "createdDate", "owner", "segment", "dealType", "leadSource", "stageReached",
                             "competitors", "reasons", "notes", "updatedAt"]
    static let reviewFields = ["schemaVersion", "id", "revision", "dealId", "kind", "status", "manager", "rep", "questionSetId",
                               "scheduledFor", "createdAt", "startedAt", "completedAt", "updatedAt", "plannedMinutes", "spentSeconds", "answers",
                               "factors", "practices", "fineTuning", "signals", "actionItems", "summary"]

    // MARK: Deal

    static func write(_ deal: Deal, to out: inout RecordIndexWriter) {
        out.int(deal.schemaVersion)
        out.string(deal.id)
        out.int(deal.revision)
        out.optional(deal.crmId) { $0.string($1) }
        out.optional(deal.source) { $0.string($1) }
        out.string(deal.account)
        out.string(deal.name)
        out.optional(deal.amount) { write($1, to: &$0) }
        out.code(deal.outcome, in: RecordIndexEnumCodes.outcomes)
        write(deal.closeDate, to: &out)
        out.optional(deal.createdDate) { write($1, to: &$0) }
        out.string(deal.owner)
        out.optional(deal.segment) { $0.string($1) }
        out.optional(deal.dealType) { $0.string($1) }
        out.optional(deal.leadSource) { $0.string($1) }
        out.optional(deal.stageReached) { $0.string($1) }
        out.list(deal.competitors) { $0.string($1) }
        out.list(deal.reasons) { out, reason in
            out.code(reason.category, in: RecordIndexEnumCodes.reasonCategories)
            out.string(reason.text)
        }
        out.string(deal.notes)
        out.optional(deal.updatedAt) { write($1, to: &$0) }
    }

    static func readDeal(from input: inout RecordIndexReader) throws -> Deal {
        let schemaVersion = try input.int()
        let id = try input.string()
        let revision = try input.int()
        let crmId = try input.optional { try $0.string() }
        let source = try input.optional { try $0.string() }
        let account = try input.string()
        let name = try input.string()
        let amount = try input.optional { try readMoney(from: &$0) }
        let outcome = try input.code(in: RecordIndexEnumCodes.outcomes)
        let closeDate = try readDay(from: &input)
        let createdDate = try input.optional { try readDay(from: &$0) }
        let owner = try input.string()
        let segment = try input.optional { try $0.string() }
        let dealType = try input.optional { try $0.string() }
        let leadSource = try input.optional { try $0.string() }
        let stageReached = try input.optional { try $0.string() }
        let competitors = try input.list { try $0.string() }
        let reasons = try input.list { DealReason(try $0.code(in: RecordIndexEnumCodes.reasonCategories), try $0.string()) }
        let notes = try input.string()
        let updatedAt = try input.optional { try readDate(from: &$0) }
        var deal = Deal(id: id, crmId: crmId, source: source, account: account, name: name, amount: amount, outcome: outcome,
                        closeDate: closeDate, createdDate: createdDate, owner: owner, segment: segment, dealType: dealType,
                        leadSource: leadSource, stageReached: stageReached, competitors: competitors, reasons: reasons,
                        notes: notes, updatedAt: updatedAt, revision: revision)
        deal.schemaVersion = schemaVersion
        return deal
    }

    // MARK: Review

    static func write(_ review: Review, to out: inout RecordIndexWriter) {
        out.int(review.schemaVersion)
        out.string(review.id)
        out.int(review.revision)
        out.string(review.dealId)
        out.code(review.kind, in: RecordIndexEnumCodes.reviewKinds)
        out.code(review.status, in: RecordIndexEnumCodes.reviewStatuses)
        out.string(review.manager)
        out.string(review.rep)
        out.string(review.questionSetId)
        out.optional(review.scheduledFor) { write($1, to: &$0) }
        write(review.createdAt, to: &out)
        out.optional(review.startedAt) { write($1, to: &$0) }
        out.optional(review.completedAt) { write($1, to: &$0) }
        out.optional(review.updatedAt) { write($1, to: &$0) }
        out.int(review.plannedMinutes)
        out.optional(review.spentSeconds) { $0.int($1) }
        out.list(review.answers) { out, answer in
            out.string(answer.questionId)
            out.code(answer.theme, in: RecordIndexEnumCodes.questionThemes)
            out.string(answer.wording)
            out.optional(answer.hint) { $0.string($1) }
            out.bool(answer.askedInPrep)
            out.string(answer.prepAnswer)
            out.string(answer.notes)
            out.bool(answer.insight)
            out.bool(answer.skipped)
        }
        out.list(review.factors) { out, factor in
            out.string(factor.id)
            out.code(factor.effect, in: RecordIndexEnumCodes.factorEffects)
            out.code(factor.cause, in: RecordIndexEnumCodes.factorCauses)
            out.code(factor.evidence, in: RecordIndexEnumCodes.factorEvidence)
            out.string(factor.text)
        }
        out.list(review.practices) { out, practice in
            out.string(practice.id)
            out.string(practice.title)
            out.string(practice.detail)
        }
        out.list(review.fineTuning) { out, point in
            out.string(point.id)
            out.string(point.text)
        }
        out.list(review.signals) { out, signal in
            out.string(signal.id)
            out.code(signal.sign, in: RecordIndexEnumCodes.signalSigns)
            out.string(signal.text)
            out.bool(signal.present)
        }
        out.list(review.actionItems) { out, item in
            out.string(item.id)
            out.string(item.text)
            out.string(item.owner)
            out.optional(item.due) { write($1, to: &$0) }
            out.bool(item.done)
            out.optional(item.doneOn) { write($1, to: &$0) }
        }
        out.string(review.summary)
    }

    static func readReview(from input: inout RecordIndexReader) throws -> Review {
        let schemaVersion = try input.int()
        let id = try input.string()
        let revision = try input.int()
        let dealId = try input.string()
        let kind = try input.code(in: RecordIndexEnumCodes.reviewKinds)
        let status = try input.code(in: RecordIndexEnumCodes.reviewStatuses)
        let manager = try input.string()
        let rep = try input.string()
        let questionSetId = try input.string()
        let scheduledFor = try input.optional { try readDay(from: &$0) }
        let createdAt = try readDate(from: &input)
        let startedAt = try input.optional { try readDate(from: &$0) }
        let completedAt = try input.optional { try readDate(from: &$0) }
        let updatedAt = try input.optional { try readDate(from: &$0) }
        let plannedMinutes = try input.int()
        let spentSeconds = try input.optional { try $0.int() }
        let answers = try input.list { try readAnswer(from: &$0) }
        let factors = try input.list { input in
            Factor(id: try input.string(), effect: try input.code(in: RecordIndexEnumCodes.factorEffects), cause: try input.code(in: RecordIndexEnumCodes.factorCauses),
                   evidence: try input.code(in: RecordIndexEnumCodes.factorEvidence), text: try input.string())
        }
        let practices = try input.list { BestPractice(id: try $0.string(), title: try $0.string(), detail: try $0.string()) }
        let fineTuning = try input.list { FineTuningPoint(id: try $0.string(), text: try $0.string()) }
        let signals = try input.list { input in
            QualificationSignal(id: try input.string(), sign: try input.code(in: RecordIndexEnumCodes.signalSigns),
                                text: try input.string(), present: try input.bool())
        }
        let actionItems = try input.list { input in
            ActionItem(id: try input.string(), text: try input.string(), owner: try input.string(),
                       due: try input.optional { try readDay(from: &$0) }, done: try input.bool(),
                       doneOn: try input.optional { try readDay(from: &$0) })
        }
        let summary = try input.string()
        var review = Review(id: id, dealId: dealId, kind: kind, status: status, manager: manager, rep: rep, questionSetId: questionSetId,
                            scheduledFor: scheduledFor, createdAt: createdAt, startedAt: startedAt, completedAt: completedAt,
                            plannedMinutes: plannedMinutes, answers: answers, factors: factors, practices: practices,
                            fineTuning: fineTuning, signals: signals, actionItems: actionItems, summary: summary,
                            updatedAt: updatedAt, revision: revision, spentSeconds: spentSeconds)
        review.schemaVersion = schemaVersion
        return review
    }

    /// The start of a review record: what the board needs, without the answers and the rest.
    static func readReviewHeadline(from input: inout RecordIndexReader) throws -> ReviewHeadline {
        _ = try input.int()
        let id = try input.string()
        _ = try input.int()
        let dealId = try input.string()
        _ = try input.code(in: RecordIndexEnumCodes.reviewKinds)
        return ReviewHeadline(id: id, dealId: dealId, status: try input.code(in: RecordIndexEnumCodes.reviewStatuses))
    }

    /// `Answer` has no memberwise initialiser (it is made from a `Question`), so it is rebuilt
    /// from one and then given every stored field.
    private static func readAnswer(from input: inout RecordIndexReader) throws -> Answer {
        let questionId = try input.string()
        let theme = try input.code(in: RecordIndexEnumCodes.questionThemes)
        let wording = try input.string()
        let hint = try input.optional { try $0.string() }
        let askedInPrep = try input.bool()
        var answer = Answer(question: Question(id: questionId, theme: theme, wording: wording, hint: hint, inPrep: askedInPrep),
                            prepAnswer: try input.string(), notes: try input.string(), insight: try input.bool(), skipped: try input.bool())
        answer.questionId = questionId
        answer.theme = theme
        answer.wording = wording
        answer.hint = hint
        answer.askedInPrep = askedInPrep
        return answer
    }

    // MARK: Values

    /// Whole-second instants are the norm, but other tools may write fractions: keep the exact bits
    /// of what `Date` stores.
    static func write(_ date: Date, to out: inout RecordIndexWriter) {
        out.fixed64(date.timeIntervalSinceReferenceDate.bitPattern)
    }

    static func readDate(from input: inout RecordIndexReader) throws -> Date {
        Date(timeIntervalSinceReferenceDate: Double(bitPattern: try input.fixed64()))
    }

    static func write(_ day: Day, to out: inout RecordIndexWriter) {
        out.int(day.serial)
    }

    static func readDay(from input: inout RecordIndexReader) throws -> Day {
        let serial = try input.int()
        // Day(serial:) accepts any number; only the years a record can hold are valid here.
        guard (-719_162...2_932_896).contains(serial) else { throw RecordIndexUnusable(reason: "corrupt day") }
        return Day(serial: serial)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The amount as sign, significand and exponent when the significand fits 64 bits (always, in
    /// practice), else as its plain text. Rebuilt from those numbers it is the very Decimal that
    /// decoding the JSON file gave (same bits, not only equal), without parsing text: parsing a
    /// hundred thousand amounts was a noticeable part of start-up.
    static func write(_ money: Money, to out: inout RecordIndexWriter) {
        let plain = money.plain
        if let parts = DecimalParts(plain: plain) {
            out.bool(true)
            out.bool(parts.isNegative)
            out.unsigned(parts.significand)
            out.int(parts.exponent)
        } else {
            out.bool(false)
            out.string(plain)
        }
        out.string(money.currency)
    }

    static func readMoney(from input: inout RecordIndexReader) throws -> Money {
        let amount: Decimal
        if try input.bool() {
            let parts = DecimalParts(isNegative: try input.bool(), significand: try input.unsigned(), exponent: try input.int())
            guard let decimal = parts.decimal else { throw RecordIndexUnusable(reason: "corrupt amount") }
            amount = decimal
        } else {
            guard let parsed = Decimal(string: try input.string(), locale: posix), !parsed.isNaN else { throw RecordIndexUnusable(reason: "corrupt amount") }
            amount = parsed
        }
        // Money uppercases its currency; the stored one already is, so keep it exactly as stored.
        var money = Money(amount, "")
        money.currency = try input.string()
        return money
    }
}
