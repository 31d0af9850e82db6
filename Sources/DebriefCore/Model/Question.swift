/// The themes of a review, after the article's five payoffs plus the story that frames them.
public enum QuestionTheme: String, Codable, Sendable, CaseIterable, Hashable {
    case story
    case factVsFiction = "fact-vs-fiction"
    case bestPractices = "best-practices"
    case fineTuning = "fine-tuning"
    case goodVsBadBusiness = "good-vs-bad-business"
    case questioningSkills = "questioning-skills"

    public var title: String {
        switch self {
        case .story: "The story and the decision"
        case .factVsFiction: "Fact vs fiction"
        case .bestPractices: "Best practices"
        case .fineTuning: "Fine-tuning"
        case .goodVsBadBusiness: "Good vs bad business"
        case .questioningSkills: "Questioning skills"
        }
    }
}

/// One question in a question set.
public struct Question: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var theme: QuestionTheme
    public var wording: String
    /// A short prompt for the manager on what to listen for.
    public var hint: String?
    /// The rep answers this one in writing before the session.
    public var inPrep: Bool

    public init(id: String, theme: QuestionTheme, wording: String, hint: String? = nil, inPrep: Bool = false) {
        self.id = id
        self.theme = theme
        self.wording = wording
        self.hint = hint
        self.inPrep = inPrep
    }
}

/// Which reviews a question set is meant for.
public enum QuestionSetUse: String, Codable, Sendable, CaseIterable, Hashable {
    case win
    case lossToCompetitor = "loss-to-competitor"
    case noDecision = "no-decision"

    public init(for outcome: Outcome) {
        switch outcome {
        case .won: self = .win
        case .lost: self = .lossToCompetitor
        case .noDecision: self = .noDecision
        }
    }
}

/// A named list of questions. Built-in sets ship with Debrief; teams add or replace sets in `questions/*.json`.
public struct QuestionSet: Codable, Sendable, Hashable, Identifiable {
    public static let currentSchemaVersion = 1
    public var schemaVersion: Int
    public var id: String
    public var title: String
    public var use: QuestionSetUse
    public var questions: [Question]

    public init(id: String, title: String, use: QuestionSetUse, questions: [Question]) {
        self.schemaVersion = QuestionSet.currentSchemaVersion
        self.id = id
        self.title = title
        self.use = use
        self.questions = questions
    }

    /// The subset a rep answers before the session.
    public var prepQuestions: [Question] { questions.filter(\.inPrep) }

    public func validationProblems() -> [String] {
        var problems: [String] = []
        if let p = RecordID.problem(with: id) { problems.append("id: \(p)") }
        if questions.isEmpty { problems.append("the set has no questions") }
        var seen = Set<String>()
        for question in questions {
            if !seen.insert(question.id).inserted { problems.append("question id '\(question.id)' appears twice") }
            if question.wording.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append("question '\(question.id)' has no wording")
            }
        }
        return problems
    }
}
