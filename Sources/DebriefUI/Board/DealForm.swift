import DebriefCore
import Foundation

/// What was wrong with each field, by field key.
public struct FieldErrors: Error, Sendable, Equatable {
    public var messages: [String: String]
}

/// The small form behind `a` (new deal) and `e` (edit deal): builds the fields from a deal and
/// turns them back into a deal, with a message per field for anything that does not parse.
public struct DealForm: Sendable, Hashable {
    public var form: Form
    /// The deal being edited, at the revision it was loaded at; nil for a new deal.
    public var original: Deal?
    /// The deal sent to the store, while its save is under way: the form closes once it is saved,
    /// and stays open with the reason when it is not.
    public var saving: Deal?

    static let outcomes: [Outcome] = [.won, .lost, .noDecision]

    public init(editing deal: Deal?, today: Day) {
        original = deal
        form = Form(title: deal == nil ? "New deal" : "Edit deal", fields: [
            .text("account", "Account", deal?.account ?? ""),
            .text("name", "Deal", deal?.name ?? ""),
            .text("amount", "Amount", deal?.amount?.plain ?? ""),
            .text("currency", "Currency", deal?.amount?.currency ?? "USD"),
            .choice("outcome", "Outcome", Self.outcomes.map(\.label), selected: deal.flatMap { Self.outcomes.firstIndex(of: $0.outcome) } ?? 0),
            .text("closed", "Closed", (deal?.closeDate ?? today).description),
            .text("created", "Created", deal?.createdDate?.description ?? ""),
            .text("owner", "Rep", deal?.owner ?? ""),
            .text("segment", "Segment", deal?.segment ?? ""),
            .text("competitors", "Competitors", deal?.competitors.joined(separator: ", ") ?? ""),
            .text("reasons", "Why won/lost", Self.reasonsText(deal?.reasons ?? [])),
        ])
        form.hint = "; separates reasons, a comma competitors"
    }

    /// The reasons as one line: "; " between them (a ';' inside one becomes ',' so the line splits back the same).
    static func reasonsText(_ reasons: [DealReason]) -> String {
        reasons.map { $0.text.replacingOccurrences(of: ";", with: ",") }.joined(separator: "; ")
    }

    /// The reasons typed: each keeps the category it had when its words are unchanged, else is
    /// sorted by its words as an import's are ("too expensive" is price), so the deal counts in
    /// Patterns' why we win / why we lose.
    static func reasons(from text: String, original: [DealReason]) -> [DealReason] {
        // Untouched, the reasons stay exactly as they were (a ';' inside one included).
        if text.trimmingCharacters(in: .whitespaces) == reasonsText(original).trimmingCharacters(in: .whitespaces) { return original }
        return text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { words in
            original.first { $0.text == words } ?? DealReason(ReasonClassifier.category(of: words), words)
        }
    }

    /// The deal the form describes, or the problems to show beside each field.
    public func deal(existingIDs: Set<String>) -> Result<Deal, FieldErrors> {
        var errors: [String: String] = [:]
        func text(_ key: String) -> String { form.value(key).trimmingCharacters(in: .whitespaces) }
        func required(_ key: String, _ message: String) -> String {
            let value = text(key)
            if value.isEmpty { errors[key] = message }
            return value
        }
        let account = required("account", "name the customer")
        let name = required("name", "give the deal a name")
        let owner = required("owner", "name the rep who owned it")
        let currency = text("currency").uppercased()
        if currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isLetter }) {
            errors["currency"] = "a three-letter code such as USD or EUR"
        }
        // People type "48,000" or "48 000"; grouping is dropped, the decimal point kept.
        let amountText = text("amount").replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: "")
        // An empty amount is unknown (as imports keep deals whose CRM gave none), never 0.
        let amount = amountText.isEmpty ? nil : Money(plain: amountText, currency: currency.count == 3 ? currency : "USD")
        if !amountText.isEmpty && amount == nil {
            errors["amount"] = "a number such as 48000 or 48000.50, or empty when unknown"
        } else if let amount, amount.amount < 0 {
            errors["amount"] = "must not be negative"
        } else if let amount, let problem = RecordNumberRange.amountProblem(amount.amount) {
            errors["amount"] = problem
        }
        let closed = Day(iso: text("closed"))
        if closed == nil { errors["closed"] = "a date as YYYY-MM-DD" }
        var created: Day?
        if !text("created").isEmpty {
            created = Day(iso: text("created"))
            if created == nil { errors["created"] = "a date as YYYY-MM-DD, or empty" }
        }
        if let closed, let created, created > closed { errors["created"] = "must not be after the close date \(closed)" }
        let outcome = Self.outcomes.first { $0.label == form.value("outcome") } ?? .won
        guard errors.isEmpty, let closed else { return .failure(FieldErrors(messages: errors)) }

        let competitors = text("competitors").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let segment = text("segment")
        let reasons = Self.reasons(from: form.value("reasons"), original: original?.reasons ?? [])
        if var deal = original {
            deal.account = account
            deal.name = name
            deal.amount = amount.map { Money($0.amount, currency) }
            deal.outcome = outcome
            deal.closeDate = closed
            deal.createdDate = created
            deal.owner = owner
            deal.segment = segment.isEmpty ? nil : segment
            deal.competitors = competitors
            deal.reasons = reasons
            return .success(deal)
        }
        return .success(Deal(id: Self.newID(account: account, closed: closed, existing: existingIDs), source: Deal.manualSource,
                             account: account, name: name, amount: amount.map { Money($0.amount, currency) }, outcome: outcome,
                             closeDate: closed, createdDate: created, owner: owner, segment: segment.isEmpty ? nil : segment,
                             competitors: competitors, reasons: reasons))
    }

    /// "manual-northwind-logistics-2026-10-14", with "-2", "-3"… when taken.
    static func newID(account: String, closed: Day, existing: Set<String>) -> String {
        let slug = SearchFolding.fold(account).unicodeScalars
            .map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains(Character($0))) ? Character($0) : "-" }
        let words = String(slug).split(separator: "-").prefix(4).joined(separator: "-")
        let base = RecordID.sanitized("manual-\(words.isEmpty ? "deal" : words)-\(closed)")
        var candidate = base
        var n = 2
        while existing.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }
}
