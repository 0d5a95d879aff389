#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif

// Maximum registers per thread. __maxnreg__ was added in CUDA Toolkit 12.4;
// older toolkits ignore the opt-in so the same source remains compilable.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ > 12 || (__CUDACC_VER_MAJOR__ == 12 && __CUDACC_VER_MINOR__ >= 4))
#define WP_MAXNREG(n) __maxnreg__(n)
#else
#define WP_MAXNREG(n)
#endif

// Allow PTXAS to spill registers into shared memory. CUDA Toolkit 13.0
// introduced the pragma, which is unavailable in device-debug compilation.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ >= 13) && !defined(_DEBUG)
#define WP_ENABLE_SMEM_SPILLING() asm volatile(".pragma \"enable_smem_spilling\";");
#else
#define WP_ENABLE_SMEM_SPILLING()
#endif


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct P_c89214d7
{
    wp::float32 x;
    wp::vec_t<3, wp::float32> y;
    wp::int32 n;


    P_c89214d7() = default;
    CUDA_CALLABLE P_c89214d7(wp::float32 const& x,
    wp::vec_t<3, wp::float32> const& y = {},
    wp::int32 const& n = {})
        : x{x}
        , y{y}
        , n{n}

    {
    }

    CUDA_CALLABLE P_c89214d7& operator += (const P_c89214d7& rhs)
    {    x += rhs.x;
    y += rhs.y;
    n += rhs.n;

        return *this;}

};

static CUDA_CALLABLE void adj_P_c89214d7(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::int32 const&,
    wp::float32 & adj_x,
    wp::vec_t<3, wp::float32> & adj_y,
    wp::int32 & adj_n,
    P_c89214d7 & adj_ret)
{
    adj_x += adj_ret.x;
    adj_y += adj_ret.y;
    adj_n += adj_ret.n;
}

// Required when compiling adjoints.
CUDA_CALLABLE P_c89214d7 add(const P_c89214d7& a, const P_c89214d7& b)
{
    return P_c89214d7();
}

CUDA_CALLABLE void adj_atomic_add(P_c89214d7* p, P_c89214d7 t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->y, t.y);
    wp::adj_atomic_add(&p->n, t.n);
}




// warpsynth/structs_control_flow.py:11
static CUDA_CALLABLE P_c89214d7 make_p_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 1;
    P_c89214d7 var_2;
    //---------
    // forward
    // def make_p(x: float) -> P:                                                             <L 12>
    // return P(x, wp.vec3(x), 1)                                                             <L 13>
    var_0 = wp::vec_t<3, wp::float32>(var_x);
    var_2 = P_c89214d7(var_x, var_0, var_1);
    return var_2;
}


// warpsynth/structs_control_flow.py:11
static CUDA_CALLABLE void adj_make_p_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    P_c89214d7 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 1;
    P_c89214d7 var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    P_c89214d7 adj_2 = {};
    //---------
    // forward
    // def make_p(x: float) -> P:                                                             <L 12>
    // return P(x, wp.vec3(x), 1)                                                             <L 13>
    var_0 = wp::vec_t<3, wp::float32>(var_x);
    var_2 = P_c89214d7(var_x, var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    adj_P_c89214d7(var_x, var_0, var_1, adj_x, adj_0, adj_1, adj_2);
    wp::adj_vec_t(var_x, adj_x, adj_0);
    // adj: return P(x, wp.vec3(x), 1)                                                        <L 13>
    // adj: def make_p(x: float) -> P:                                                        <L 12>
    return;
}



extern "C" __global__ void k_c462e6df_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
    wp::int32 var_c,
    wp::array_t<P_c89214d7> var_ps)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        bool var_2;
        const wp::float32 var_3 = 1.0;
        P_c89214d7 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        P_c89214d7 var_9;
        wp::float32* var_10;
        const wp::float32 var_11 = 2.0;
        P_c89214d7 var_12;
        wp::vec_t<3, wp::float32>* var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::float32 var_21;
        P_c89214d7 var_22;
        wp::float32* var_23;
        wp::int32* var_24;
        wp::float32 var_25;
        wp::int32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 1.0;
        P_c89214d7 var_30;
        P_c89214d7 var_31;
        const wp::float32 var_32 = 2.0;
        P_c89214d7 var_33;
        wp::float32* var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        bool var_40;
        P_c89214d7 var_41;
        wp::vec_t<3, wp::float32>* var_42;
        const wp::int32 var_43 = 2;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        const wp::int32 var_46 = 3;
        bool var_47;
        const wp::float32 var_48 = 3.0;
        P_c89214d7 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::float32* var_52;
        P_c89214d7* var_53;
        wp::vec_t<3, wp::float32>* var_54;
        const wp::int32 var_55 = 2;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        P_c89214d7* var_60;
        wp::int32* var_61;
        wp::float32 var_62;
        wp::int32 var_63;
        wp::float32 var_64;
        //---------
        // forward
        // def k(out: wp.array(dtype=float), c: int, ps: wp.array(dtype=P)):                      <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // if c > 0:                                                                              <L 19>
        var_2 = (var_c > var_1);
        if (var_2) {
            // t = make_p(1.0)                                                                    <L 20>
            var_4 = make_p_0(var_3);
            // out[i] = t.x                                                                       <L 21>
            var_5 = &((var_4).x);
            var_7 = wp::load(var_5);
            var_6 = wp::copy(var_7);
            wp::array_store(var_out, var_0, var_6);
        }
        // out[i] = make_p(1.0).x + make_p(2.0).y[1]                                              <L 22>
        var_9 = make_p_0(var_8);
        var_10 = &(var_9.x);
        var_12 = make_p_0(var_11);
        var_13 = &(var_12.y);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_18 = wp::load(var_10);
        var_17 = wp::add(var_18, var_15);
        wp::array_store(var_out, var_0, var_17);
        // for n in range(c):                                                                     <L 23>
        var_19 = wp::range(var_c);
        start_for_0:;
            if (iter_cmp(var_19) == 0) goto end_for_0;
            var_20 = wp::iter_next(var_19);
            // u = make_p(float(n))                                                               <L 24>
            var_21 = wp::float(var_20);
            var_22 = make_p_0(var_21);
            // out[i] = u.x + float(u.n)                                                          <L 25>
            var_23 = &((var_22).x);
            var_24 = &((var_22).n);
            var_26 = wp::load(var_24);
            var_25 = wp::float(var_26);
            var_28 = wp::load(var_23);
            var_27 = wp::add(var_28, var_25);
            wp::array_store(var_out, var_0, var_27);
            goto start_for_0;
        end_for_0:;
        // a = make_p(1.0)                                                                        <L 26>
        var_30 = make_p_0(var_29);
        // b = a                                                                                  <L 27>
        var_31 = wp::copy(var_30);
        // a = make_p(2.0)                                                                        <L 28>
        var_33 = make_p_0(var_32);
        // out[i] = b.x + a.x                                                                     <L 29>
        var_34 = &((var_31).x);
        var_35 = &((var_33).x);
        var_37 = wp::load(var_34);
        var_38 = wp::load(var_35);
        var_36 = wp::add(var_37, var_38);
        wp::array_store(var_out, var_0, var_36);
        // d = a if c > 1 else b                                                                  <L 30>
        var_40 = (var_c > var_39);
        if (var_40) {
        }
        if (!var_40) {
        }
        var_41 = wp::where(var_40, var_33, var_31);
        // out[i] = d.y[2]                                                                        <L 31>
        var_42 = &((var_41).y);
        var_45 = wp::load(var_42);
        var_44 = wp::extract(var_45, var_43);
        wp::array_store(var_out, var_0, var_44);
        // while c < 3:                                                                           <L 32>
        start_while_2:;
        var_47 = (var_c < var_46);
        if ((var_47) == false) goto end_while_2;
            // a = make_p(3.0)                                                                    <L 33>
            var_49 = make_p_0(var_48);
            // c = c + 1                                                                          <L 34>
            var_51 = wp::add(var_c, var_50);
            wp::assign(var_c, var_51);
            wp::assign(var_33, var_49);
        goto start_while_2;
        end_while_2:;
        // out[i] = a.x + ps[i].y.z + float(ps[i].n)                                              <L 35>
        var_52 = &((var_33).x);
        var_53 = wp::address(var_ps, var_0);
        var_54 = &(((*wp::address(var_ps, var_0))).y);
        var_57 = wp::load(var_54);
        var_56 = wp::extract(var_57, var_55);
        var_59 = wp::load(var_52);
        var_58 = wp::add(var_59, var_56);
        var_60 = wp::address(var_ps, var_0);
        var_61 = &(((*wp::address(var_ps, var_0))).n);
        var_63 = wp::load(var_61);
        var_62 = wp::float(var_63);
        var_64 = wp::add(var_58, var_62);
        wp::array_store(var_out, var_0, var_64);
    }
}



extern "C" __global__ void k_c462e6df_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
    wp::int32 var_c,
    wp::array_t<P_c89214d7> var_ps,
    wp::array_t<wp::float32> adj_out,
    wp::int32 adj_c,
    wp::array_t<P_c89214d7> adj_ps)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        bool var_2;
        const wp::float32 var_3 = 1.0;
        P_c89214d7 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        P_c89214d7 var_9;
        wp::float32* var_10;
        const wp::float32 var_11 = 2.0;
        P_c89214d7 var_12;
        wp::vec_t<3, wp::float32>* var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::float32 var_21;
        P_c89214d7 var_22;
        wp::float32* var_23;
        wp::int32* var_24;
        wp::float32 var_25;
        wp::int32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 1.0;
        P_c89214d7 var_30;
        P_c89214d7 var_31;
        const wp::float32 var_32 = 2.0;
        P_c89214d7 var_33;
        wp::float32* var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        bool var_40;
        P_c89214d7 var_41;
        wp::vec_t<3, wp::float32>* var_42;
        const wp::int32 var_43 = 2;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        const wp::int32 var_46 = 3;
        bool var_47;
        const wp::float32 var_48 = 3.0;
        P_c89214d7 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::float32* var_52;
        P_c89214d7* var_53;
        wp::vec_t<3, wp::float32>* var_54;
        const wp::int32 var_55 = 2;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        P_c89214d7* var_60;
        wp::int32* var_61;
        wp::float32 var_62;
        wp::int32 var_63;
        wp::float32 var_64;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::float32 adj_3 = {};
        P_c89214d7 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        P_c89214d7 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        P_c89214d7 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::range_t adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        P_c89214d7 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        P_c89214d7 adj_30 = {};
        P_c89214d7 adj_31 = {};
        wp::float32 adj_32 = {};
        P_c89214d7 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        bool adj_40 = {};
        P_c89214d7 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::int32 adj_46 = {};
        bool adj_47 = {};
        wp::float32 adj_48 = {};
        P_c89214d7 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        P_c89214d7 adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        P_c89214d7 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::float32 adj_64 = {};
        //---------
        // forward
        // def k(out: wp.array(dtype=float), c: int, ps: wp.array(dtype=P)):                      <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // if c > 0:                                                                              <L 19>
        var_2 = (var_c > var_1);
        if (var_2) {
            // t = make_p(1.0)                                                                    <L 20>
            var_4 = make_p_0(var_3);
            // out[i] = t.x                                                                       <L 21>
            var_5 = &((var_4).x);
            var_7 = wp::load(var_5);
            var_6 = wp::copy(var_7);
            // wp::array_store(var_out, var_0, var_6);
        }
        // out[i] = make_p(1.0).x + make_p(2.0).y[1]                                              <L 22>
        var_9 = make_p_0(var_8);
        var_10 = &(var_9.x);
        var_12 = make_p_0(var_11);
        var_13 = &(var_12.y);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_18 = wp::load(var_10);
        var_17 = wp::add(var_18, var_15);
        // wp::array_store(var_out, var_0, var_17);
        // for n in range(c):                                                                     <L 23>
        var_19 = wp::range(var_c);
        // a = make_p(1.0)                                                                        <L 26>
        var_30 = make_p_0(var_29);
        // b = a                                                                                  <L 27>
        var_31 = wp::copy(var_30);
        // a = make_p(2.0)                                                                        <L 28>
        var_33 = make_p_0(var_32);
        // out[i] = b.x + a.x                                                                     <L 29>
        var_34 = &((var_31).x);
        var_35 = &((var_33).x);
        var_37 = wp::load(var_34);
        var_38 = wp::load(var_35);
        var_36 = wp::add(var_37, var_38);
        // wp::array_store(var_out, var_0, var_36);
        // d = a if c > 1 else b                                                                  <L 30>
        var_40 = (var_c > var_39);
        if (var_40) {
        }
        if (!var_40) {
        }
        var_41 = wp::where(var_40, var_33, var_31);
        // out[i] = d.y[2]                                                                        <L 31>
        var_42 = &((var_41).y);
        var_45 = wp::load(var_42);
        var_44 = wp::extract(var_45, var_43);
        // wp::array_store(var_out, var_0, var_44);
        // while c < 3:                                                                           <L 32>
        // out[i] = a.x + ps[i].y.z + float(ps[i].n)                                              <L 35>
        var_52 = &((var_33).x);
        var_53 = wp::address(var_ps, var_0);
        var_54 = &(((*wp::address(var_ps, var_0))).y);
        var_57 = wp::load(var_54);
        var_56 = wp::extract(var_57, var_55);
        var_59 = wp::load(var_52);
        var_58 = wp::add(var_59, var_56);
        var_60 = wp::address(var_ps, var_0);
        var_61 = &(((*wp::address(var_ps, var_0))).n);
        var_63 = wp::load(var_61);
        var_62 = wp::float(var_63);
        var_64 = wp::add(var_58, var_62);
        // wp::array_store(var_out, var_0, var_64);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_64, adj_out, adj_0, adj_64);
        wp::adj_add(var_58, var_62, adj_58, adj_62, adj_64);
        wp::adj_float(var_63, adj_61, adj_62);
        adj_60.n = adj_61;
        wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_60);
        wp::adj_add(var_59, var_56, adj_52, adj_56, adj_58);
        wp::adj_extract(var_57, var_55, adj_54, adj_55, adj_56);
        adj_53.y += adj_54;
        wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_53);
        adj_33.x += adj_52;
        // adj: out[i] = a.x + ps[i].y.z + float(ps[i].n)                                         <L 35>
        start_while_2:;
        var_47 = (var_c < var_46);
        if ((var_47) == false) goto end_while_2;
        adj_48 = {};
        adj_49 = {};
        adj_50 = {};
        adj_51 = {};
            // a = make_p(3.0)                                                                    <L 33>
            var_49 = make_p_0(var_48);
            // c = c + 1                                                                          <L 34>
            var_51 = wp::add(var_c, var_50);
            wp::assign(var_c, var_51);
            wp::assign(var_33, var_49);
            wp::adj_assign(var_33, var_49, adj_33, adj_49);
            wp::adj_assign(var_c, var_51, adj_c, adj_51);
            wp::adj_add(var_c, var_50, adj_c, adj_50, adj_51);
            // adj: c = c + 1                                                                     <L 34>
            adj_make_p_0(var_48, adj_48, adj_49);
            // adj: a = make_p(3.0)                                                               <L 33>
        goto start_while_2;
        end_while_2:;
        // adj: while c < 3:                                                                      <L 32>
        wp::adj_array_store(var_out, var_0, var_44, adj_out, adj_0, adj_44);
        wp::adj_extract(var_45, var_43, adj_42, adj_43, adj_44);
        adj_41.y += adj_42;
        // adj: out[i] = d.y[2]                                                                   <L 31>
        wp::adj_where(var_40, var_33, var_31, adj_40, adj_33, adj_31, adj_41);
        if (!var_40) {
        }
        if (var_40) {
        }
        // adj: d = a if c > 1 else b                                                             <L 30>
        wp::adj_array_store(var_out, var_0, var_36, adj_out, adj_0, adj_36);
        wp::adj_add(var_37, var_38, adj_34, adj_35, adj_36);
        adj_33.x += adj_35;
        adj_31.x += adj_34;
        // adj: out[i] = b.x + a.x                                                                <L 29>
        adj_make_p_0(var_32, adj_32, adj_33);
        // adj: a = make_p(2.0)                                                                   <L 28>
        wp::adj_copy(var_30, adj_30, adj_31);
        // adj: b = a                                                                             <L 27>
        adj_make_p_0(var_29, adj_29, adj_30);
        // adj: a = make_p(1.0)                                                                   <L 26>
        var_19 = wp::iter_reverse(var_19);
        start_for_0:;
            if (iter_cmp(var_19) == 0) goto end_for_0;
            var_20 = wp::iter_next(var_19);
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
            // u = make_p(float(n))                                                               <L 24>
            var_21 = wp::float(var_20);
            var_22 = make_p_0(var_21);
            // out[i] = u.x + float(u.n)                                                          <L 25>
            var_23 = &((var_22).x);
            var_24 = &((var_22).n);
            var_26 = wp::load(var_24);
            var_25 = wp::float(var_26);
            var_28 = wp::load(var_23);
            var_27 = wp::add(var_28, var_25);
            // wp::array_store(var_out, var_0, var_27);
            wp::adj_array_store(var_out, var_0, var_27, adj_out, adj_0, adj_27);
            wp::adj_add(var_28, var_25, adj_23, adj_25, adj_27);
            wp::adj_float(var_26, adj_24, adj_25);
            adj_22.n = adj_24;
            adj_22.x += adj_23;
            // adj: out[i] = u.x + float(u.n)                                                     <L 25>
            adj_make_p_0(var_21, adj_21, adj_22);
            wp::adj_float(var_20, adj_20, adj_21);
            // adj: u = make_p(float(n))                                                          <L 24>
        	goto start_for_0;
        end_for_0:;
        // adj: for n in range(c):                                                                <L 23>
        wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
        wp::adj_add(var_18, var_15, adj_10, adj_15, adj_17);
        wp::adj_extract(var_16, var_14, adj_13, adj_14, adj_15);
        adj_12.y += adj_13;
        adj_make_p_0(var_11, adj_11, adj_12);
        adj_9.x += adj_10;
        adj_make_p_0(var_8, adj_8, adj_9);
        // adj: out[i] = make_p(1.0).x + make_p(2.0).y[1]                                         <L 22>
        if (var_2) {
            wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
            wp::adj_copy(var_7, adj_5, adj_6);
            adj_4.x += adj_5;
            // adj: out[i] = t.x                                                                  <L 21>
            adj_make_p_0(var_3, adj_3, adj_4);
            // adj: t = make_p(1.0)                                                               <L 20>
        }
        // adj: if c > 0:                                                                         <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def k(out: wp.array(dtype=float), c: int, ps: wp.array(dtype=P)):                 <L 17>
        continue;
    }
}

