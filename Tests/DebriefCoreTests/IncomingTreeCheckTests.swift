@testable import DebriefCore
import Testing

/// Which entries of a team's tree a sync checks out, and which it refuses (the end-to-end cases
/// are in `HostileRemoteTests`).
@Suite struct IncomingTreeCheckTests {
    @Test(arguments: [
        ("100644", "deals/acme.json"), ("100755", "reviews/acme-r1.json"), ("100644", "questions/win.json"),
        ("100644", "conflicts/deals/acme.json"), ("100644", "playbook.json"), ("100644", ".gitignore"),
        ("100644", "deals/.gitkeep"), ("100644", "README.md"), ("100644", "docs/notes.txt"),
    ])
    func recordsAndTheFoldersOwnFilesAreTaken(mode: String, path: String) {
        #expect(IncomingTreeCheck.refusal(mode: mode, path: path) == nil)
    }

    @Test(arguments: [
        ("120000", "deals/x.json", "a symbolic link"), ("120000", "README.md", "a symbolic link"),
        ("160000", "deals/sub", "a submodule"), ("100644", "reviews/r.json.lock", "a lock file"),
        ("100644", "x.lock", "a lock file"), ("100644", "deals/sub/y.json", "inside a folder"),
        ("100644", "deals/notes.txt", "not a record"), ("100644", "deals", "where a record folder belongs"),
        ("100644", "conflicts/other/x.json", "not a pending-conflict file"),
    ])
    func linksLocksAndNonRecordsAreRefused(mode: String, path: String, what: String) {
        #expect(IncomingTreeCheck.refusal(mode: mode, path: path)?.contains(what) == true)
    }
}
