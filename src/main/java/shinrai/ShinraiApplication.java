package shinrai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import shinrai.launcher.ServerLauncher;

/** Shinrai: customer relationship and after-sales service for car dealerships. */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShinraiApplication {

    public static void main(String[] args) {
        if (ServerLauncher.shouldStartServerJvm()) {
            System.exit(ServerLauncher.startServerJvm(args));
        }
        ServerLauncher.followLauncher();
        SpringApplication.run(ShinraiApplication.class, args);
    }
}
