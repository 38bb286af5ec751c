/* How much of an FTS5 insert is tokenizing: every paragraph of a folder (split at blank lines, lines joined, as
 * fts5-peer.py does) tokenized by unicode61 alone, then inserted into a contentless FTS5 table twice, once tokenized
 * by unicode61 and once by a tokenizer that hands FTS5 token ranges found beforehand (what the parsing threads could
 * pass to the writer). ASCII paragraphs only are inserted, since only their ranges are computed here. Built and run by
 * fts5-pretokenized.sh. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec/1e9;}
typedef struct { char **text; int *len; int n, cap; } Paras;
static void add(Paras *p, const char *s, int l){ if(p->n==p->cap){p->cap=p->cap?p->cap*2:1024;p->text=realloc(p->text,p->cap*sizeof(char*));p->len=realloc(p->len,p->cap*sizeof(int));} p->text[p->n]=malloc(l+1);memcpy(p->text[p->n],s,l);p->text[p->n][l]=0;p->len[p->n]=l;p->n++;}
/* paragraphs: blank-line separated, lines joined by a space */
static void split(Paras *p, char *buf, long size){ char *para=malloc(size+1); int pl=0; char *line=buf, *end=buf+size;
  while(line<end){ char *nl=memchr(line,'\n',end-line); if(!nl) nl=end; char *a=line,*b=nl; while(a<b&&(*a==' '||*a=='\t'||*a=='\r'))a++; while(b>a&&(b[-1]==' '||b[-1]=='\t'||b[-1]=='\r'))b--;
    if(b>a){ if(pl) para[pl++]=' '; memcpy(para+pl,a,b-a); pl+=b-a; } else if(pl){ add(p,para,pl); pl=0; }
    line=nl+1; }
  if(pl) add(p,para,pl); free(para);}
static fts5_api *api(sqlite3 *db){ fts5_api *a=0; sqlite3_stmt *s; sqlite3_prepare_v2(db,"SELECT fts5(?1)",-1,&s,0); sqlite3_bind_pointer(s,1,(void*)&a,"fts5_api_ptr",0); sqlite3_step(s); sqlite3_finalize(s); return a;}
static int noop(void *ctx,int flags,const char *t,int n,int s,int e){ (*(long*)ctx)++; return SQLITE_OK;}
/* pretokenized: a global list of (start,end) for the paragraph being inserted */
typedef struct { int *start,*end; int n; } Toks;
static Toks *current; static char fold[4096];
static int preCreate(void *u,const char **az,int n,Fts5Tokenizer **pp){ *pp=(Fts5Tokenizer*)1; return SQLITE_OK;}
static void preDelete(Fts5Tokenizer *t){}
static int preTokenize(Fts5Tokenizer *t,void *ctx,int flags,const char *text,int n,int (*cb)(void*,int,const char*,int,int,int)){
  for(int i=0;i<current->n;i++){ int s=current->start[i], e=current->end[i], l=e-s; for(int k=0;k<l;k++){ char c=text[s+k]; fold[k]=(c>='A'&&c<='Z')?c+32:c; } int rc=cb(ctx,0,fold,l,s,e); if(rc) return rc; }
  return SQLITE_OK;}
static int isTok(unsigned char c){ return (c>='a'&&c<='z')||(c>='A'&&c<='Z')||(c>='0'&&c<='9')||c>=0x80; }
int main(int argc,char**argv){
  if(argc!=2){fprintf(stderr,"usage: fts5-pretokenized WORKDIR < list-of-files\n");return 2;}
  char path[4096]; Paras p={0}; long total=0;
  while(fgets(path,sizeof path,stdin)){ path[strcspn(path,"\n")]=0; FILE*f=fopen(path,"rb"); if(!f)continue; fseek(f,0,SEEK_END); long l=ftell(f); fseek(f,0,SEEK_SET); char*b=malloc(l+1); fread(b,1,l,f); fclose(f); total+=l; split(&p,b,l); free(b);}
  /* ASCII paragraphs only are pretokenizable; count them */
  /* Which paragraphs are ASCII (only theirs are inserted), decided once. */
  char *isASCII=malloc((size_t)(p.n>0?p.n:1)); int ascii=0;
  for(int i=0;i<p.n;i++){ isASCII[i]=1; for(int k=0;k<p.len[i];k++) if((unsigned char)p.text[i][k]>=0x80){isASCII[i]=0;break;} ascii+=isASCII[i]; }
  printf("paragraphs %d (%d ASCII), %.1f MB\n",p.n,ascii,total/1e6);
  sqlite3 *db; sqlite3_open(":memory:",&db); fts5_api *a=api(db);
  void *ud; fts5_tokenizer tk; a->xFindTokenizer(a,"unicode61",&ud,&tk); const char *args[]={"remove_diacritics","2"}; Fts5Tokenizer *t; tk.xCreate(ud,args,2,&t);
  long count=0; double s0=now(); for(int i=0;i<p.n;i++) tk.xTokenize(t,&count,FTS5_TOKENIZE_DOCUMENT,p.text[i],p.len[i],noop);
  printf("unicode61 tokenize only: %.3f s, %ld tokens\n",now()-s0,count);
  /* precompute ranges */
  Toks *toks=calloc((size_t)(p.n>0?p.n:1),sizeof(Toks));
  for(int i=0;i<p.n;i++){ int cap=p.len[i]/2+2; toks[i].start=malloc(cap*sizeof(int)); toks[i].end=malloc(cap*sizeof(int)); int k=0; while(k<p.len[i]){ while(k<p.len[i]&&!isTok(p.text[i][k]))k++; if(k>=p.len[i])break; int s=k; while(k<p.len[i]&&isTok(p.text[i][k]))k++; toks[i].start[toks[i].n]=s; toks[i].end[toks[i].n]=k; toks[i].n++; } }
  fts5_tokenizer pre={preCreate,preDelete,preTokenize}; a->xCreateTokenizer(a,"pre",0,&pre,0);
  for(int round=0;round<2;round++) for(int which=0;which<2;which++){
    char file[4200]; snprintf(file,sizeof file,"%s/t%d.db",argv[1],which); remove(file); char wal[4300]; snprintf(wal,sizeof wal,"%s-wal",file); remove(wal);
    sqlite3 *d; sqlite3_open(file,&d); fts5_api *ap=api(d); ap->xCreateTokenizer(ap,"pre",0,&pre,0);
    sqlite3_exec(d,"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA page_size=8192",0,0,0);
    sqlite3_exec(d, which? "CREATE VIRTUAL TABLE p USING fts5(text, content='', tokenize='pre')" : "CREATE VIRTUAL TABLE p USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2')",0,0,0);
    sqlite3_exec(d,"INSERT INTO p(p,rank) VALUES('automerge',8); INSERT INTO p(p,rank) VALUES('pgsz',8000)",0,0,0);
    sqlite3_stmt *st; sqlite3_prepare_v2(d,"INSERT INTO p(rowid,text) VALUES(?,?)",-1,&st,0);
    double s1=now(); sqlite3_exec(d,"BEGIN",0,0,0); int done=0;
    for(int i=0;i<p.n;i++){ if(!isASCII[i]) continue; current=&toks[i];
      sqlite3_bind_int64(st,1,i+1); sqlite3_bind_text(st,2,p.text[i],p.len[i],SQLITE_STATIC); sqlite3_step(st); sqlite3_reset(st);
      if(++done%20000==0){ sqlite3_exec(d,"COMMIT; BEGIN",0,0,0);} }
    sqlite3_exec(d,"COMMIT",0,0,0); double el=now()-s1;
    printf("insert %s: %.3f s (%d rows)\n", which?"pretokenized":"unicode61", el, done);
    sqlite3_finalize(st); sqlite3_close(d);
  }
  return 0;}
