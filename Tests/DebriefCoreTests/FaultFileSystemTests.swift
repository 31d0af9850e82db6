import DebriefCore
import Foundation
import Testing

/// The crash of a `FaultFileSystem` stays inside its own test: tests run in parallel in one process,
/// so a descriptor number it let go must not be handed to another test's file while a thread of the
/// crashed one may still write to it.
@Suite struct FaultFileSystemTests {
    @Test func aCrashLetsFilesGoButKeepsTheirNumbersUntilTheirOwnersClose() throws {
        let dir = TemporaryDirectory()
        let faults = FaultFileSystem(.crash(at: 2))
        let fd = try faults.open(dir.url.appendingPathComponent("a.lock").path, flags: O_WRONLY | O_CREAT | O_CLOEXEC, mode: 0o600)
        #expect(try faults.tryLock(fd))
        #expect(throws: SystemCallError.self) { try faults.sync(fd) }  // operation 2: the crash
        #expect(faults.triggered)

        // The number is still taken: a file opened now by anyone else gets another one, and a late
        // write on the old number goes nowhere...
        let next = open(dir.url.appendingPathComponent("b.json").path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        defer { close(next) }
        #expect(next != fd)
        _ = "late".withCString { write(fd, $0, 4) }
        #expect(FileManager.default.contents(atPath: dir.url.appendingPathComponent("a.lock").path)?.isEmpty == true)
        #expect(FileManager.default.contents(atPath: dir.url.appendingPathComponent("b.json").path)?.isEmpty == true)
        // ...but the file was let go with its flock, as a killed process's is.
        let other = open(dir.url.appendingPathComponent("a.lock").path, O_RDONLY | O_CLOEXEC)
        defer { close(other) }
        #expect(flock(other, LOCK_EX | LOCK_NB) == 0)
        faults.close(fd)
    }
}
