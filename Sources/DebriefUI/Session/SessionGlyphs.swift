import DebriefCore

/// The marks the session draws, chosen to stay distinct without colour.
public enum SessionGlyphs {
    public static func progress(_ progress: Answer.Progress) -> String {
        switch progress {
        case .answered: "●"
        case .unanswered: "○"
        case .skipped: "⊘"
        }
    }

    /// The rep wrote a prep answer.
    public static let prep = "✎"
    /// The question surfaced an insight.
    public static let insight = "!"

    public static let legend = ["● answered  ○ open  ⊘ skipped", "✎ rep's prep  ! insight"]
}

/// One row of the question list: a theme heading or a question.
enum QuestionListRow: Hashable {
    case heading(QuestionTheme)
    case question(index: Int)

    /// Headings before each theme's first question, in the order the questions come.
    static func rows(for answers: [Answer]) -> [QuestionListRow] {
        var rows: [QuestionListRow] = []
        var theme: QuestionTheme?
        for (index, answer) in answers.enumerated() {
            if answer.theme != theme {
                rows.append(.heading(answer.theme))
                theme = answer.theme
            }
            rows.append(.question(index: index))
        }
        return rows
    }
}
