/// The question bank Debrief ships with, written for the five payoffs of reviewing wins as well as losses:
/// fact from fiction, best practices, fine-tuning, good vs bad business, and questioning skills.
public enum BuiltInQuestions {
    public static let winSetID = "builtin-win"
    public static let lossSetID = "builtin-loss"
    public static let noDecisionSetID = "builtin-no-decision"

    public static var sets: [QuestionSet] { [win, lossToCompetitor, noDecision] }

    private static func q(_ id: String, _ theme: QuestionTheme, _ wording: String, _ hint: String, prep: Bool = false) -> Question {
        Question(id: id, theme: theme, wording: wording, hint: hint, inPrep: prep)
    }

    // Questions every kind of review asks.
    private static let decisionStory = q("story-timeline", .story,
        "Walk me through the deal from first contact to the decision. What were the turning points?",
        "Listen for dates and names, not adjectives. Where the story goes vague, ask what happened that week.", prep: true)
    private static let whoDecided = q("story-decision-makers", .story,
        "Who made the final decision, who influenced it, and how did you know?",
        "Separate people the rep met from people the rep only heard about.", prep: true)
    private static let buyerCriteria = q("story-criteria", .story,
        "What did the buyer say their decision criteria were, and did those criteria change along the way?",
        "Ask for the buyer's words. A criterion the rep inferred is a belief, not a fact.")
    private static let assumedNotAsked = q("questioning-assumed", .questioningSkills,
        "What did you assume about this buyer that you never actually asked them?",
        "Budget, timeline and authority are the usual suspects. Note each assumption as a question for next time.", prep: true)
    private static let bestBuyerQuestion = q("questioning-best", .questioningSkills,
        "Which question you asked the buyer surfaced the most? What did it open up?",
        "Get the exact wording. Good questions are the most reusable thing a rep owns.", prep: true)
    private static let questionForNextTime = q("questioning-next-time", .questioningSkills,
        "If you could go back to the first meeting, what one question would you ask?",
        "Push for a question, not a statement. This is how questioning skill grows.")
    private static let fitOfDeal = q("business-fit", .goodVsBadBusiness,
        "Was this good business for us — margin, fit with what we do best, a customer we want more of?",
        "A win can still be bad business. Ask what it will cost to serve.")
    private static let earlySignals = q("business-early-signals", .goodVsBadBusiness,
        "Which early signals should have told us how this would end? When did they first show?",
        "Turn each signal into a qualification sign the team can check on the next deal.", prep: true)

    public static let win = QuestionSet(id: winSetID, title: "Win review", use: .win, questions: [
        decisionStory,
        whoDecided,
        buyerCriteria,
        q("story-why-us", .story,
          "In the buyer's own words, why did they choose us?",
          "If the rep cannot quote the buyer, mark the reason as the rep's belief and plan to ask.", prep: true),
        q("fact-what-you-did", .factVsFiction,
          "What exactly did you do that moved this deal forward? Name the actions, not the qualities.",
          "\"I built trust\" is a quality. \"I brought their CFO to a reference customer\" is an action.", prep: true),
        q("fact-without-you", .factVsFiction,
          "Would we have won without those actions? What makes you think so?",
          "This is the core of fact vs fiction. Ask for evidence either way."),
        q("fact-outside-factors", .factVsFiction,
          "How much of the win was timing, product, price or luck rather than anything we did?",
          "Right place, right time and a great product are real causes. Tag them honestly."),
        q("fact-evidence", .factVsFiction,
          "What did the buyer say or do that confirms your explanation? Is any of it in the CRM?",
          "Tag each factor's evidence: buyer said so, CRM record, or the rep's belief."),
        q("practice-repeat", .bestPractices,
          "What did you do here that you will do again on every similar deal?",
          "Capture it as a practice someone else on the team could follow tomorrow.", prep: true),
        q("practice-teach", .bestPractices,
          "What would you teach a new rep from this deal?",
          "Ask for a concrete step. Add it to the playbook."),
        q("practice-blueprint", .bestPractices,
          "Which part of this deal should become the team's standard way of working?",
          "Look for things that worked for reasons beyond this one buyer."),
        q("tune-better", .fineTuning,
          "Even though we won, what would you do better next time?",
          "Every win has a rough edge: a slow step, a late stakeholder, a discount given too early.", prep: true),
        q("tune-faster", .fineTuning,
          "Where did the deal stall, and what would have shortened the cycle?",
          "Compare the sales cycle with similar wins."),
        q("tune-money-left", .fineTuning,
          "Did we leave money on the table — discount, scope, term?",
          "Fine-tuning is about the next win being a little better."),
        fitOfDeal,
        earlySignals,
        bestBuyerQuestion,
        assumedNotAsked,
        questionForNextTime,
    ])

    public static let lossToCompetitor = QuestionSet(id: lossSetID, title: "Loss review (lost to a competitor)", use: .lossToCompetitor, questions: [
        decisionStory,
        whoDecided,
        buyerCriteria,
        q("story-why-them", .story,
          "In the buyer's own words, why did they choose the other vendor?",
          "Price is the reason buyers give most and mean least. Ask what was behind it.", prep: true),
        q("fact-what-we-controlled", .factVsFiction,
          "Which parts of this loss were in our control, and which were not?",
          "Keep the rep honest in both directions: no blame for luck, no excuses for actions."),
        q("fact-competitor-move", .factVsFiction,
          "What did the competitor do that we did not? How do we know?",
          "Tag the evidence. Rumours about a competitor are beliefs until the buyer confirms them.", prep: true),
        q("fact-evidence-loss", .factVsFiction,
          "What did the buyer say or do that confirms this explanation?",
          "Tag each factor with its evidence."),
        q("practice-still-worked", .bestPractices,
          "What worked well in this deal even though we lost it?",
          "Losses contain good practice too; do not let it go unrecorded."),
        q("tune-differently", .fineTuning,
          "What one thing would you do differently if the deal started again today?",
          "One thing, concrete, with a moment in the deal where it would have happened.", prep: true),
        fitOfDeal,
        earlySignals,
        q("business-walk-away", .goodVsBadBusiness,
          "Should we have walked away earlier? What would that have freed up?",
          "Chasing bad business is the costliest mistake in sales. Count the hours."),
        bestBuyerQuestion,
        assumedNotAsked,
        questionForNextTime,
    ])

    public static let noDecision = QuestionSet(id: noDecisionSetID, title: "Loss review (no decision)", use: .noDecision, questions: [
        decisionStory,
        whoDecided,
        q("story-status-quo", .story,
          "Why did the buyer decide to do nothing? What did staying put cost them, in their view?",
          "No decision usually means no compelling reason to change. Find out if there ever was one.", prep: true),
        q("fact-urgency", .factVsFiction,
          "Was the pain we were solving real and urgent to the buyer, or to us?",
          "Ask what the buyer did about the problem before we arrived."),
        q("fact-budget", .factVsFiction,
          "Was budget ever confirmed by someone who could spend it? How?",
          "A budget the rep was told about second-hand is a belief.", prep: true),
        q("practice-still-worked-nd", .bestPractices,
          "What worked well in this deal that we should keep doing?",
          "Even a stalled deal can show a good discovery or demo practice."),
        q("tune-earlier-exit", .fineTuning,
          "At what point could we have tested the buyer's commitment, and how?",
          "Look for the meeting where a mutual plan or a next step with a date was missing.", prep: true),
        fitOfDeal,
        earlySignals,
        q("business-qualify-out", .goodVsBadBusiness,
          "Which question would have qualified this deal out before we invested in it?",
          "Write it down as a qualification sign for the team."),
        bestBuyerQuestion,
        assumedNotAsked,
        questionForNextTime,
    ])

    /// The built-in set for a deal's outcome.
    public static func set(for outcome: Outcome) -> QuestionSet {
        switch outcome {
        case .won: win
        case .lost: lossToCompetitor
        case .noDecision: noDecision
        }
    }
}
