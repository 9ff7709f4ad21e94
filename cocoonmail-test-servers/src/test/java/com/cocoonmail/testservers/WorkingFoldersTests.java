package com.cocoonmail.testservers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WorkingFolders}.
 *
 * @author Cocoonmail Team
 */
class WorkingFoldersTests {

	@Test
	void foldersOfDeadJvmsAreDeletedAndFoldersOfLiveOnesKept() throws IOException {
		Path live = WorkingFolders.create("tests-live-");
		Path abandoned = live.resolveSibling(live.getFileName() + "-abandoned");
		Files.createDirectories(abandoned.resolve("data"));
		Files.writeString(abandoned.resolve("owner.jvm"), "2147483646 2001-01-01T00:00:00Z");
		Path next = WorkingFolders.create("tests-next-");
		try {
			assertThat(abandoned).doesNotExist();
			assertThat(live).isDirectory();
			assertThat(next).isDirectory().isNotEqualTo(live);
		}
		finally {
			ServerFiles.deleteRecursively(live);
			ServerFiles.deleteRecursively(next);
			ServerFiles.deleteRecursively(abandoned);
		}
	}

}
