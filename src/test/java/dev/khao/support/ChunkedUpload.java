package dev.khao.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Sends a body without a length (chunked, as a client streaming an upload does) over a raw socket and reads the whole
 * answer: HTTP clients hide the framing, and a server that answers before the body ends may close mid-upload.
 */
public final class ChunkedUpload {

    private static final int CHUNK = 64 * 1024;

    private ChunkedUpload() {
    }

    /** The raw response, status line, headers and body, to the end of the connection. */
    public static String send(URL server, String path, String contentType, byte[] body) throws IOException, InterruptedException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestKeys.ADMIN
                    + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // Written by another thread: the answer may come, and the connection close, before all of it is sent.
            Thread writer = new Thread(() -> {
                try {
                    for (int at = 0; at < body.length; at += CHUNK) {
                        int length = Math.min(CHUNK, body.length - at);
                        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body, at, length);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // the answer is what the test reads
                }
            }, "chunked-upload");
            writer.setDaemon(true);
            writer.start();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            writer.join(30_000);
            return response;
        }
    }
}
