@testable import DebriefCore
import Foundation
import Testing

/// Where the record index lives: the XDG cache directory, one file per data directory, never inside it.
@Suite struct RecordIndexLocationTests {
    let home = ["HOME": "/home/ana"]

    @Test func theCacheDirectoryFollowsTheXDGSpec() {
        #expect(DataLocations.resolve(dataDirOption: nil, environment: home).cacheDirectory.path == "/home/ana/.cache/debrief")
        let env = home.merging(["XDG_CACHE_HOME": "/var/cache/ana"]) { $1 }
        #expect(DataLocations.resolve(dataDirOption: nil, environment: env).cacheDirectory.path == "/var/cache/ana/debrief")
        for ignored in ["", "relative/cache", "./c"] {
            let env = home.merging(["XDG_CACHE_HOME": ignored]) { $1 }
            #expect(DataLocations.resolve(dataDirOption: nil, environment: env).cacheDirectory.path == "/home/ana/.cache/debrief")
        }
    }

    @Test func eachDataDirectoryHasItsOwnIndexFile() {
        let cache = URL(fileURLWithPath: "/home/ana/.cache/debrief")
        let a = RecordIndex(dataDirectory: URL(fileURLWithPath: "/team/a"), cacheDirectory: cache)
        let b = RecordIndex(dataDirectory: URL(fileURLWithPath: "/team/b"), cacheDirectory: cache)
        let aAgain = RecordIndex(dataDirectory: URL(fileURLWithPath: "/team/x/../a/"), cacheDirectory: cache)
        #expect(a.file != b.file)
        #expect(a.file == aAgain.file)
        #expect(a.file.deletingLastPathComponent().path == "/home/ana/.cache/debrief/index")
        #expect(a.file.lastPathComponent.range(of: "^[0-9a-f]{16}\\.bin$", options: .regularExpression) != nil)
        #expect(RecordIndex.hexHash("") == "cbf29ce484222325")
    }
}
