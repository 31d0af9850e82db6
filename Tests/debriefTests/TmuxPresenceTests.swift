import Foundation
import Testing

/// The end-to-end suites skip themselves without tmux; a run that skips them must say so loudly
/// instead of passing green, unless the person running it chose that (DEBRIEF_ALLOW_NO_TMUX=1).
@Suite struct TmuxPresenceTests {
    @Test func tmuxIsThereForTheEndToEndSuites() {
        guard ProcessInfo.processInfo.environment["DEBRIEF_ALLOW_NO_TMUX"] != "1" else { return }
        #expect(TmuxHarness.isAvailable, """
            tmux is not on PATH, so every end-to-end suite (signals, kill -9, crash recovery, hostile text, sync) \
            was skipped. Install tmux (apt-get install tmux), or set DEBRIEF_ALLOW_NO_TMUX=1 to skip them on purpose.
            """)
    }
}
