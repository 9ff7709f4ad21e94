package com.cocoonmail.testservers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ServerProcess}.
 *
 * @author Cocoonmail Team
 */
class ServerProcessTests {

	@TempDir
	Path folder;

	@Test
	void failedCommandReportsItsExitCodeAndLog() {
		Path log = this.folder.resolve("failing.log");
		assertThatIllegalStateException()
			.isThrownBy(() -> ServerProcess.run("setup", List.of("sh", "-c", "echo disk is full; exit 3"), log,
					Duration.ofSeconds(30)))
			.withMessageContaining("setup failed (exit 3)")
			.withMessageContaining("disk is full");
	}

	@Test
	void missingProgramIsReportedWithItsCommand() {
		assertThatIllegalStateException().isThrownBy(
				() -> ServerProcess.start("server", List.of("/nonexistent/server"), this.folder.resolve("missing.log")))
			.withMessageContaining("Cannot start server with [/nonexistent/server]");
	}

	@Test
	void stopEndsTheProcess() throws IOException {
		Path log = this.folder.resolve("sleeping.log");
		ServerProcess process = ServerProcess.start("sleeper", List.of("sleep", "300"), log);
		assertThat(process.isAlive()).isTrue();
		process.stop("INT", Duration.ofSeconds(10));
		assertThat(process.isAlive()).isFalse();
		assertThat(Files.exists(log)).isTrue();
	}

}
