import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Mints a short-lived development token for editing from GraphiQL on a local Jisr.
 *
 *   java src/main/dev/DevToken.java [subject] [roles, comma-separated] [minutes]
 *
 * It signs with the development key pair in $JISR_DATA_DIR/dev-jwt/ (default ./data, relative to the directory it
 * runs in; never committed), which the service creates at start and trusts by default. Run before the service has
 * ever started, it creates the pair itself and the service picks it up. Production sets JISR_JWT_PUBLIC_KEY_LOCATION
 * and JISR_JWT_ISSUER instead.
 */
public class DevToken {

    private static final Path DIR = Path.of(System.getenv().getOrDefault("JISR_DATA_DIR", "data"), "dev-jwt");
    private static final String ISSUER = System.getenv().getOrDefault("JISR_JWT_ISSUER", "https://jisr.local/dev");

    public static void main(String[] args) throws Exception {
        String subject = args.length > 0 ? args[0] : "dev-editor";
        String roles = args.length > 1 ? args[1] : "editor";
        long minutes = args.length > 2 ? Long.parseLong(args[2]) : 60;
        PrivateKey key = privateKey();
        long now = Instant.now().getEpochSecond();
        StringBuilder groups = new StringBuilder();
        for (String role : roles.split(",")) {
            groups.append(groups.length() == 0 ? "" : ",")
                    .append('"')
                    .append(role.trim())
                    .append('"');
        }
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[" + groups + "],\"iat\":" + now + ",\"exp\":" + (now + minutes * 60)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput =
                base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + base64(signature.sign()));
    }

    private static PrivateKey privateKey() throws Exception {
        Path privatePem = DIR.resolve("private.pem");
        if (!Files.exists(privatePem) && Files.exists(DIR.resolve("public.pem"))) {
            throw new IllegalStateException(
                    DIR.resolve("public.pem") + " has no private.pem beside it, so no token can be "
                            + "signed for it. Delete " + DIR + " and restart Jisr to get a new development key pair.");
        }
        if (!Files.exists(privatePem)) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(DIR);
            Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(
                    DIR.resolve("public.pem"),
                    pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            System.err.println("Created a development key pair in " + DIR + "; Jisr trusts it when it starts.");
        }
        String body =
                Files.readString(privatePem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
