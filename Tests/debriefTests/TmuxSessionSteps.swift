import Testing

/// The steps the session's end-to-end tests share: into a new review session, and out of it again.
extension TmuxHarness {
    /// Debrief in tmux on a ten-deal team with no reviews, in a new review session of the first deal.
    /// The caller stops it.
    static func inNewReviewSession() throws -> TmuxHarness {
        let tmux = try TmuxHarness(width: 100, height: 30, deals: 10, reviews: 0, asOf: "2026-11-28")
        do {
            try tmux.start()
            _ = try tmux.waitFor("the board") { $0.contains("Debrief · Board") && $0.contains("WON") }
            tmux.send("Enter")
            _ = try tmux.waitFor("the session") { $0.contains("Question 1 of") }
            return tmux
        } catch {
            tmux.stop()
            throw error
        }
    }

    /// Leaves the session for the board and quits; debrief must exit with 0. Returns the shell's screen.
    @discardableResult
    func leaveSessionAndQuit(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        send("M-q")
        _ = try waitFor("the board again") { $0.contains("Debrief · Board") }
        send("q")
        let screen = try waitFor("the shell") { $0.contains("debrief exited with") }
        #expect(screen.contains("debrief exited with 0"), "\(screen)", sourceLocation: sourceLocation)
        return screen
    }
}
