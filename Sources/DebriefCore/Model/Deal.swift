import Foundation

/// A closed deal: the thing a review is about. One file per deal in `deals/<id>.json`.
public struct Deal: StoredRecord, Hashable {
    public static let currentSchemaVersion = 1
    public static let folder = "deals"
    public static let kindName = "deal"

    public var schemaVersion: Int
    /// Stable id; for imported deals derived from the CRM id.
    public var id: String
    /// Bumped on every save; a save based on an older revision is a conflict.
    public var revision: Int
    /// The CRM's own id, as the CRM wrote it.
    public var crmId: String?
    /// Where the deal came from: "salesforce", "hubspot", "pipedrive", "manual", "demo"…
    public var source: String?
    public var account: String
    public var name: String
    /// Nil when the CRM gave no amount: unknown, never 0. Sums and value win rates leave such deals
    /// out and say how many; on disk the key is absent, so files from before stay readable.
    public var amount: Money?
    public var outcome: Outcome
    public var closeDate: Day
    public var createdDate: Day?
    /// The rep who owned the deal.
    public var owner: String
    public var segment: String?
    public var dealType: String?
    public var leadSource: String?
    public var stageReached: String?
    public var competitors: [String]
    public var reasons: [DealReason]
    public var notes: String
    public var updatedAt: Date?

    public init(
        id: String, crmId: String? = nil, source: String? = nil, account: String, name: String,
        amount: Money?, outcome: Outcome, closeDate: Day, createdDate: Day? = nil, owner: String,
        segment: String? = nil, dealType: String? = nil, leadSource: String? = nil, stageReached: String? = nil,
        competitors: [String] = [], reasons: [DealReason] = [], notes: String = "", updatedAt: Date? = nil,
        revision: Int = 0
    ) {
        self.schemaVersion = Deal.currentSchemaVersion
        self.id = id
        self.revision = revision
        self.crmId = crmId
        self.source = source
        self.account = account
        self.name = name
        self.amount = amount
        self.outcome = outcome
        self.closeDate = closeDate
        self.createdDate = createdDate
        self.owner = owner
        self.segment = segment
        self.dealType = dealType
        self.leadSource = leadSource
        self.stageReached = stageReached
        self.competitors = competitors
        self.reasons = reasons
        self.notes = notes
        self.updatedAt = updatedAt
    }

    /// The source of deals typed into Debrief's own form, which must name their customer.
    public static let manualSource = "manual"

    /// The amount for prose: "USD 48,000", or "unknown" when the CRM gave none.
    public var amountDisplay: String { amount?.display ?? "unknown" }

    /// No account: the export had no account column, and the deal name is not guessed into one.
    public var hasAccount: Bool { !account.trimmingCharacters(in: .whitespaces).isEmpty }

    /// Days from creation to close, when both are known and in order.
    public var salesCycleDays: Int? {
        guard let created = createdDate else { return nil }
        let days = closeDate.days(since: created)
        return days >= 0 ? days : nil
    }

    /// Problems that make this deal unfit to save, worded for the person who typed it.
    public func validationProblems() -> [String] {
        var problems: [String] = []
        if let idProblem = RecordID.problem(with: id) { problems.append("id: \(idProblem)") }
        if account.trimmingCharacters(in: .whitespaces).isEmpty && source == Deal.manualSource {
            problems.append("account: give the customer's name")
        }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("name: give the deal a name") }
        if owner.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("owner: name the rep who owned the deal") }
        if let amount {
            if amount.amount < 0 { problems.append("amount: must not be negative") }
            if let problem = RecordNumberRange.amountProblem(amount.amount) { problems.append("amount: \(problem)") }
            if amount.currency.count != 3 || !amount.currency.allSatisfy({ $0.isASCII && $0.isLetter }) {
                problems.append("currency: use a three-letter code such as USD or EUR")
            }
        }
        if let created = createdDate, created > closeDate {
            problems.append("dates: created \(created) is after closed \(closeDate)")
        }
        return problems
    }
}
