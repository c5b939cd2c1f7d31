package org.civicatlas.report;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reader's network address as the rate limit keys it: an HMAC-SHA-256 of the address,
 * so that the table never holds an address (a plain hash of an IPv4 address is undone by
 * trying all four billion). The key is {@code atlas.reports.address-key}, or a random one
 * per start when it is not set (several instances behind one address must then share a
 * key: docs/readers.md).
 */
@Component
class ReaderAddress {

	private final SecretKeySpec key;

	ReaderAddress(@Value("${atlas.reports.address-key:}") String configured) {
		byte[] bytes = configured.isBlank() ? random() : configured.getBytes(StandardCharsets.UTF_8);
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	String hash(HttpServletRequest request) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(request.getRemoteAddr().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			// every Java has HmacSHA256, and any non-empty key is valid for it
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] random() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
