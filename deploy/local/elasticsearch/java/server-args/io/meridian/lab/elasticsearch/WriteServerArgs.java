package io.meridian.lab.elasticsearch;

import org.elasticsearch.bootstrap.ServerArgs;
import org.elasticsearch.common.io.stream.OutputStreamStreamOutput;
import org.elasticsearch.common.settings.KeyStoreWrapper;
import org.elasticsearch.common.settings.SecureString;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Does what Elasticsearch's launcher (server-cli, not published on Maven Central) does before it
 * starts the server: prepares the node's settings from the config folder, bootstraps the
 * keystore there (empty password), and writes the serialized ServerArgs that the server's main
 * class reads from standard input.
 *
 * Usage: WriteServerArgs <es home> <config dir> <output file>
 *
 * daemonize = true: the server then does not treat the end of standard input (a file here) as
 * the launcher telling it to stop; the lab stops it with SIGTERM instead.
 */
public final class WriteServerArgs {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Path config = Path.of(args[1]).toAbsolutePath();
        Path out = Path.of(args[2]).toAbsolutePath();

        Settings initial = Settings.builder().put("path.home", home.toString()).build();
        Environment env = InternalSettingsPreparer.prepareEnvironment(initial, Map.of(), config, () -> "lab-es-0");
        KeyStoreWrapper keystore = KeyStoreWrapper.bootstrap(config, () -> new SecureString(new char[0]));

        ServerArgs serverArgs = new ServerArgs(true, false, null, keystore, env.settings(), env.configFile(), env.logsFile());
        try (OutputStream file = Files.newOutputStream(out); OutputStreamStreamOutput stream = new OutputStreamStreamOutput(file)) {
            serverArgs.writeTo(stream);
        }
    }
}
