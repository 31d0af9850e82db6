import Testing
@testable import DebriefUI

@Suite struct PasteCutNoticeTests {
    @Test func sizesReadAsPeopleReadThem() {
        #expect([1, 12, 2_000, 1 << 20, 5 << 19, 16 << 20].map(PasteCutNotice.size) == ["1 byte", "12 bytes", "2 KB", "1 MB", "2.5 MB", "16 MB"])
    }
}
