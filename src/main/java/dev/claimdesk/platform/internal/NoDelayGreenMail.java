package dev.claimdesk.platform.internal;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.imap.ImapServer;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

/**
 * GreenMail whose SMTP and IMAP connections send each reply at once (TCP_NODELAY), as mail servers do. GreenMail
 * writes a reply in several small writes; with Nagle's algorithm on, the second waits for the client's delayed
 * acknowledgement, about 40 ms, on every command: reading and flagging one mail took 89 ms, and 3 ms without (ADR 0198).
 * The IMAP server is GreenMail's own handler in a server of ours, since GreenMail's {@code ImapServer} is final; so
 * {@link #getImap()} is not available: use {@link #imapPort()}.
 */
final class NoDelayGreenMail extends GreenMail {

    private final ServerSetup imap;

    NoDelayGreenMail(ServerSetup smtp, ServerSetup imap) {
        super(new ServerSetup[] {smtp, imap});
        this.imap = imap;
    }

    int imapPort() {
        return imap.getPort();
    }

    @Override
    public ImapServer getImap() {
        throw new UnsupportedOperationException("the IMAP server is not GreenMail's ImapServer here: use imapPort()");
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(setups, managers);
        for (ServerSetup setup : setups) {
            switch (setup.getProtocol()) {
                case ServerSetup.PROTOCOL_SMTP -> services.put(setup.getProtocol(), new Smtp(setup, managers));
                case ServerSetup.PROTOCOL_IMAP -> services.put(setup.getProtocol(), new Imap(setup, managers));
                default -> {}
            }
        }
        return services;
    }

    private static final class Smtp extends SmtpServer {

        Smtp(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket socket) throws SocketException {
            socket.setTcpNoDelay(true);
            super.handleClientSocket(socket);
        }
    }

    private static final class Imap extends AbstractServer {

        Imap(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), socket);
        }

        @Override
        protected void handleClientSocket(Socket socket) throws SocketException {
            socket.setTcpNoDelay(true);
            super.handleClientSocket(socket);
        }
    }
}
