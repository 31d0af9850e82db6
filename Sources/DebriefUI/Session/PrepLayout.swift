import DebriefCore

/// Where each part of prep mode goes for a given size: shared by the view and by the mouse's
/// hit-test, so a click finds exactly the deal, question or answer drawn under it.
struct PrepLayout {
    var header: Rect
    var deals: Rect
    var questions: Rect
    /// The right column: the question, then the answer's box under it once a question is chosen.
    var answerColumn: Rect
    var question: Rect?
    var answer: Rect?
    var hints: Rect

    init(_ state: PrepState, area: Rect) {
        header = area.row(0)
        hints = area.row(area.height - 1)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
        let halves = body.columns([.percent(area.width >= 100 ? 36 : 40), .fill(1)])
        let dealsHeight = min(state.items.count + 2, max(4, body.height / 3))
        let left = halves[0].rows([.fixed(max(3, dealsHeight)), .fill(1)])
        deals = left[0]
        questions = left[1]
        answerColumn = halves[1]
        if let answer = state.currentAnswer, state.currentReview != nil {
            let lines = Self.wordingLines(answer, width: max(1, answerColumn.width - 4)).count
            let parts = answerColumn.rows([.fixed(min(lines + 2, answerColumn.height / 2)), .fill(1)])
            question = parts[0]
            self.answer = parts[1]
        }
    }

    static func wordingLines(_ answer: Answer, width: Int) -> [String] {
        WordWrap.wrap(DisplaySanitizer.multiLine.sanitize(answer.wording), width: width)
    }

    /// The legend under the prep questions takes two rows when there is room for it.
    static func legendRows(inner: Rect, questions: Int) -> Int { inner.height > questions + 1 ? 2 : 0 }

    /// What a click at a screen cell lands on.
    enum Hit: Equatable {
        case deal(Int)
        case question(Int)
        case answer
    }

    func hit(x: Int, y: Int, _ state: PrepState) -> Hit? {
        let dealList = deals.inner(1)
        if dealList.contains(x: x, y: y) {
            var selection = ListSelection(selected: state.dealIndex)
            selection.clamp(count: state.items.count)
            let index = selection.visibleOffset(count: state.items.count, visibleRows: dealList.height) + y - dealList.y
            return state.items.indices.contains(index) ? .deal(index) : nil
        }
        let questionList = questions.inner(1)
        if questionList.contains(x: x, y: y), state.currentReview != nil {
            let count = state.prepAnswerIndices.count
            let rows = questionList.height - Self.legendRows(inner: questionList, questions: count)
            guard y - questionList.y < rows else { return nil }
            var selection = ListSelection(selected: state.questionIndex)
            selection.clamp(count: count)
            let index = selection.visibleOffset(count: count, visibleRows: rows) + y - questionList.y
            return (0..<count).contains(index) ? .question(index) : nil
        }
        if let answer, answer.contains(x: x, y: y) { return .answer }
        return nil
    }
}

extension PrepState {
    /// A click: on a deal or a prep question it moves there as ↓/↑ would (saving on the way); in the
    /// answer's box it starts typing the answer, as Enter on the question does.
    mutating func click(_ hit: PrepLayout.Hit) -> [SessionRequest] {
        switch hit {
        case .deal(let index):
            pane = .deals
            return moves(to: index, from: dealIndex)
        case .question(let index):
            pane = .questions
            return moves(to: index, from: questionIndex)
        case .answer:
            pane = .questions
            return perform(.open)
        }
    }

    private mutating func moves(to target: Int, from current: Int) -> [SessionRequest] {
        var requests: [SessionRequest] = []
        for _ in 0..<abs(target - current) { requests += perform(target > current ? .moveDown : .moveUp) }
        return requests
    }
}
