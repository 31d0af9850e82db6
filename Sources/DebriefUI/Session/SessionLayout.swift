import DebriefCore

/// Where each part of the session view goes for a given size. Shared by the view and by the state
/// (to wrap the note editor and scroll the question list exactly as drawn).
struct SessionLayout {
    var header: Rect
    var questions: Rect
    var questionList: Rect
    var legend: Rect
    var question: Rect
    var prep: Rect
    var notes: Rect
    var noteEditor: Rect
    var hints: Rect

    init(width: Int, height: Int, state: SessionState) {
        let area = Rect(x: 0, y: 0, width: width, height: height)
        header = area.row(0)
        hints = area.row(height - 1)
        let body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
        // From 120 columns the question list takes a little more, so longer questions show whole.
        let halves = body.columns([.percent(width >= 120 ? 40 : width >= 100 ? 36 : 38), .fill(1)])
        questions = halves[0]
        let listInner = questions.inner(1)
        let legendRows = listInner.height >= 8 ? 2 : 0
        questionList = Rect(x: listInner.x + 1, y: listInner.y, width: listInner.width - 1, height: listInner.height - legendRows)
        legend = Rect(x: listInner.x + 1, y: questionList.maxY, width: listInner.width - 1, height: legendRows)

        let right = halves[1]
        let textWidth = max(1, right.width - 4)
        let answer = state.currentAnswer
        let questionLines = Self.questionLines(answer, width: textWidth).count
        let prepLines = Self.prepLines(answer, width: textWidth).count
        // The question is read first and stays whole; the prep answer gets up to half of the rest.
        let questionHeight = min(questionLines + 2, max(3, right.height * 2 / 5))
        let prepHeight = min(prepLines + 2, max(3, (right.height - questionHeight) / 2))
        let parts = right.rows([.fixed(questionHeight), .fixed(prepHeight), .fill(1)])
        question = parts[0]
        prep = parts[1]
        notes = parts[2]
        noteEditor = notes.inner(horizontal: 2, vertical: 1)
    }

    /// The question's wording, a blank line and its hint, wrapped.
    static func questionLines(_ answer: Answer?, width: Int) -> [(text: String, isHint: Bool)] {
        guard let answer else { return [("No questions in this review.", true)] }
        var lines = WordWrap.wrap(DisplaySanitizer.multiLine.sanitize(answer.wording), width: width).map { ($0, false) }
        if let hint = answer.hint, !hint.isEmpty {
            lines += WordWrap.wrap("Hint: " + DisplaySanitizer.multiLine.sanitize(hint), width: width).map { ($0, true) }
        }
        return lines
    }

    /// The rep's prep answer wrapped, or a line saying why there is none.
    static func prepLines(_ answer: Answer?, width: Int) -> [String] {
        guard let answer else { return [] }
        if answer.prepAnswer.isBlank {
            return [answer.askedInPrep ? "The rep has not answered this yet." : "Not a prep question."]
        }
        return WordWrap.wrap(DisplaySanitizer.multiLine.sanitize(answer.prepAnswer), width: width)
    }

    /// The first list row to show so the selected question, and its theme heading when it is the
    /// theme's first question, stay in view, moving the list as little as possible.
    static func listOffset(for state: SessionState) -> Int {
        let layout = SessionLayout(width: state.viewSize.width, height: state.viewSize.height, state: state)
        let rows = QuestionListRow.rows(for: state.review.answers)
        let visible = max(1, layout.questionList.height)
        guard rows.count > visible, let row = rows.firstIndex(of: .question(index: state.selected)) else { return 0 }
        var top = row
        if row > 0, case .heading = rows[row - 1] { top = row - 1 }
        var first = min(max(0, state.listOffset), rows.count - visible)
        if top < first { first = top }
        if row >= first + visible { first = row - visible + 1 }
        return max(0, first)
    }
}
