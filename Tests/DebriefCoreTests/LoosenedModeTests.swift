@testable import DebriefCore
import Foundation
import Testing

/// A record file whose mode someone loosened (`chmod 644`, a copy from a backup) is 0600 again after
/// the next save of that record, whether the save changes the record or not. (A sync puts back the
/// mode of every file it writes or checks out: `HostileRemoteTests` and `SyncTeamTests`.)
@Suite struct LoosenedModeTests {
    @Test func aChangedSaveTightensALoosenedFile() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.path("data"))
        var deal = try store.save(StoreFixtures.deal())
        let file = try store.fileURL(for: Deal.self, id: deal.id)
        chmod(file.path, 0o644)
        deal.notes = "changed"
        try store.save(deal)
        #expect(StoreFixtures.mode(file) == 0o600)
    }

    @Test func anUnchangedSaveTightensALoosenedFileAndWritesNothing() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.path("data"))
        let deal = try store.save(StoreFixtures.deal())
        let file = try store.fileURL(for: Deal.self, id: deal.id)
        let bytes = StoreFixtures.fileBytes(file)
        chmod(file.path, 0o666)
        let saved = try store.save(deal)
        #expect(saved.revision == deal.revision)
        #expect(StoreFixtures.fileBytes(file) == bytes)
        #expect(StoreFixtures.mode(file) == 0o600)
    }
}
