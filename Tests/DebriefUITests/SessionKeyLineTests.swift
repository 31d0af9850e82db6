import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The session's key line at every width: hints give way in a set order and the help key (F1, since
/// printable keys type into the note) is the last to go, so the way to every other key always shows.
@Suite("Session key line")
struct SessionKeyLineTests {
    static func keyLine(width: Int) -> String {
        let state = SessionUIFixtures.session(width: width, height: 24)
        let rows = SessionUIFixtures.draw(state, width: width, height: 24).plainText.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.last { !$0.isEmpty }.map(String.init) ?? ""
    }

    @Test(arguments: [60, 70, 80, 90, 100, 120, 149])
    func theHelpKeyShowsAtEveryWidth(width: Int) {
        let line = Self.keyLine(width: width)
        #expect(line.hasSuffix("[F1] keys") || line.contains("[F1] keys  "), "\(width) columns: \(line)")
        #expect(line.contains("[Alt-f p t b a] add"), "the add keys stay longer than the rest: \(line)")
    }

    @Test func skipGivesWayFirstAt80Columns() {
        let line = Self.keyLine(width: 80)
        #expect(line.contains("[Alt-i] insight") && line.contains("[Alt-F] finish") && !line.contains("[Alt-s] skip"), "\(line)")
        #expect(Self.keyLine(width: 100).contains("[Alt-s] skip"))
    }
}
