import Foundation

/// A problem with one field of something typed, worded for the person who typed it.
public struct FieldProblem: Sendable, Hashable, CustomStringConvertible {
    /// The field's name as the form calls it ("text", "due", "owner"…).
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Typed input that cannot become a review item yet; every problem is listed, not just the first.
public struct ItemInputProblems: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [FieldProblem]

    public init(_ problems: [FieldProblem]) { self.problems = problems }

    public func message(for field: String) -> String? { problems.first { $0.field == field }?.message }
    public var description: String { problems.map(\.description).joined(separator: "; ") }
}

/// Builds review items from what people typed: text trimmed, required text present, dates checked.
public enum ReviewItemInput {
    public static func factor(id: String, effect: Factor.Effect, cause: FactorCause, evidence: FactorEvidence,
                              text: String) throws(ItemInputProblems) -> Factor {
        let text = try required(text, field: "text", what: "say what happened")
        return Factor(id: id, effect: effect, cause: cause, evidence: evidence, text: text)
    }

    public static func practice(id: String, title: String, detail: String) throws(ItemInputProblems) -> BestPractice {
        let title = try required(title, field: "title", what: "name the practice")
        return BestPractice(id: id, title: title, detail: trimmed(detail))
    }

    public static func fineTuning(id: String, text: String) throws(ItemInputProblems) -> FineTuningPoint {
        FineTuningPoint(id: id, text: try required(text, field: "text", what: "say what to do better"))
    }

    public static func signal(id: String, sign: QualificationSignal.Sign, present: Bool, text: String) throws(ItemInputProblems) -> QualificationSignal {
        QualificationSignal(id: id, sign: sign, text: try required(text, field: "text", what: "describe the sign"), present: present)
    }

    /// An action item; `due` is empty or a `YYYY-MM-DD` date.
    public static func actionItem(id: String, text: String, owner: String, due: String, done: Bool = false, doneOn: Day? = nil) throws(ItemInputProblems) -> ActionItem {
        var problems: [FieldProblem] = []
        let cleanText = trimmed(text)
        let cleanOwner = trimmed(owner)
        let cleanDue = trimmed(due)
        if cleanText.isEmpty { problems.append(FieldProblem(field: "text", message: "say what will be done")) }
        if cleanOwner.isEmpty { problems.append(FieldProblem(field: "owner", message: "name who will do it")) }
        var day: Day?
        if !cleanDue.isEmpty {
            day = Day(iso: cleanDue)
            if day == nil { problems.append(FieldProblem(field: "due", message: "use a date such as 2026-12-01, or leave it empty")) }
        }
        guard problems.isEmpty else { throw ItemInputProblems(problems) }
        return ActionItem(id: id, text: cleanText, owner: cleanOwner, due: day, done: done, doneOn: doneOn)
    }

    static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    private static func required(_ text: String, field: String, what: String) throws(ItemInputProblems) -> String {
        let clean = trimmed(text)
        if clean.isEmpty { throw ItemInputProblems([FieldProblem(field: field, message: "must not be empty: \(what)")]) }
        return clean
    }
}
