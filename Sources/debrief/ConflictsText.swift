import DebriefCore

/// Pending conflicts as lines for the terminal, shared by `debrief conflicts` and `debrief check`.
enum ConflictsText {
    static func lines(_ files: [PendingConflicts]) -> [String] {
        files.flatMap { file in
            file.fields.map { field in
                "conflict to choose: \(file.record): \(field.label): in the record “\(field.kept.text)” (\(side(field.kept))); "
                    + "the other machine had “\(field.other.text)” (\(side(field.other))) [\(field.id(in: file))]"
            }
        }
    }

    private static func side(_ side: ConflictSide) -> String {
        side.by + (side.commit.map { ", " + $0 } ?? "")
    }
}
