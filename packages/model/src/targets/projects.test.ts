import { describe, expect, it } from 'vitest';
import type { Design } from '../design.ts';
import { CDK_INIT_CONTEXT } from '../cdk/cdk-init.ts';
import { targets } from './index.ts';
import { projectDownload } from './projects.ts';

const design: Design = { version: 1, stackName: 'EcrStack', repositories: [{ id: 'Repo', repositoryName: 'team/app' }] };

describe('the project download', () => {
  it('is the shown target project for each CDK language, and the TypeScript app otherwise', () => {
    for (const t of targets) {
      const p = projectDownload(design, t.id);
      expect(p.target.id, t.id).toBe(t.project ? t.id : 'cdk-ts');
      expect(p.hint, t.id).toMatch(/^A complete CDK app/);
    }
    expect(targets.filter((t) => t.project).map((t) => t.id)).toEqual(['cdk-ts', 'cdk-python', 'cdk-java', 'cdk-csharp', 'cdk-go']);
  });

  it('each project holds its stack as the preview shows it, a cdk.json with the feature flags of cdk init, and pins aws-cdk-lib', () => {
    for (const t of targets.filter((x) => x.project)) {
      const p = projectDownload(design, t.id);
      expect(p.fileName).toBe(`ecr-stack-${t.id === 'cdk-ts' ? 'cdk-app' : t.id}.zip`);
      const files = p.files();
      const cdkJson = JSON.parse(files['cdk.json'] ?? '{}') as { app: string; context: unknown };
      expect(cdkJson.context, t.id).toEqual(CDK_INIT_CONTEXT);
      expect(cdkJson.app, t.id).toMatch(/\S/);
      expect(Object.values(files), t.id).toContain(t.render(design));
      expect(Object.values(files).join('\n'), t.id).toContain('2.276.0');
    }
    const python = projectDownload(design, 'cdk-python').files();
    expect(JSON.parse(python['cdk.json'] ?? '{}').app).toBe('python3 app.py');
    expect(python['requirements.txt']).toContain('aws-cdk-lib==2.276.0');
    expect(python['app.py']).toContain('from ecr.ecr_stack import EcrStack');
    expect(Object.keys(python)).toContain('ecr/ecr_stack.py');
    expect(Object.keys(projectDownload(design, 'cdk-java').files())).toEqual(expect.arrayContaining(['pom.xml', 'src/main/java/com/myorg/EcrStack.java', 'src/main/java/com/myorg/EcrApp.java']));
    expect(Object.keys(projectDownload(design, 'cdk-csharp').files())).toEqual(expect.arrayContaining(['src/EcrApp/EcrApp.csproj', 'src/EcrApp/Program.cs', 'src/EcrApp/EcrStack.cs']));
    expect(Object.keys(projectDownload(design, 'cdk-go').files())).toEqual(expect.arrayContaining(['go.mod', 'ecr.go']));
  });
});
