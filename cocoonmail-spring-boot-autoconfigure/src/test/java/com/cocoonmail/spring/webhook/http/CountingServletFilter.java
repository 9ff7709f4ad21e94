package com.cocoonmail.spring.webhook.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the body bytes the servlet handler pulls from the server.
 *
 * @author Cocoonmail Team
 */
class CountingServletFilter extends OncePerRequestFilter {

	private final BodyBytesRead read;

	CountingServletFilter(BodyBytesRead read) {
		this.read = read;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new CountedRequest(request), response);
	}

	private final class CountedRequest extends HttpServletRequestWrapper {

		CountedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					int value = in.read();
					if (value >= 0) {
						CountingServletFilter.this.read.add(1);
					}
					return value;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int count = in.read(buffer, offset, length);
					if (count > 0) {
						CountingServletFilter.this.read.add(count);
					}
					return count;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
