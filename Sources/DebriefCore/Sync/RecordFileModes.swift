import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files git checks out get the umask's mode (usually 0644); records must be 0600 and their
/// folders 0700, as the store writes them. Nothing is changed through a symbolic link (see
/// `FileModeChange`), and a folder inside a record folder keeps its execute bit (0700), or git
/// could no longer enter it.
public enum RecordFileModes {
    public static func tighten(root: URL) {
        tightenFolders(root: root)
        let pendingFolders = [Deal.folder, Review.folder].map { PendingConflicts.folder + "/" + $0 }
        for folder in SyncLeftover.recordFolders + pendingFolders {
            let dir = root.appendingPathComponent(folder, isDirectory: true).path
            // A record folder that is a link is not entered: its files are someone else's.
            guard FileModeChange.irregularKind(at: dir) == "a folder",
                  let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            for name in names {
                let path = dir + "/" + name
                if !FileModeChange.set(path, to: DurableFile.fileMode, ifItIs: .regularFile) {
                    FileModeChange.set(path, to: DurableFile.directoryMode, ifItIs: .directory)
                }
            }
        }
    }

    /// The same for the files a sync changed (`paths` relative to the data folder, as git names
    /// them), so a sync's cost follows what it changed and untouched files keep their ctime (git
    /// would otherwise hash every one of them again).
    public static func tighten(root: URL, paths: Set<String>) {
        tightenFolders(root: root)
        for path in paths where !path.hasPrefix(".git/") {
            FileModeChange.set(root.path + "/" + path, to: DurableFile.fileMode, ifItIs: .regularFile)
        }
    }

    /// The data folder, the record folders and the pending-conflict folders, and the root's own files.
    private static func tightenFolders(root: URL) {
        // The data folder itself may be a link the user made on purpose (to a synced drive).
        _ = chmod(root.path, DurableFile.directoryMode)
        for name in ["playbook.json", SyncIgnoreFile.name] {
            FileModeChange.set(root.appendingPathComponent(name).path, to: DurableFile.fileMode, ifItIs: .regularFile)
        }
        FileModeChange.set(root.appendingPathComponent(PendingConflicts.folder).path, to: DurableFile.directoryMode, ifItIs: .directory)
        let pendingFolders = [Deal.folder, Review.folder].map { PendingConflicts.folder + "/" + $0 }
        for folder in SyncLeftover.recordFolders + pendingFolders {
            FileModeChange.set(root.appendingPathComponent(folder).path, to: DurableFile.directoryMode, ifItIs: .directory)
        }
    }
}
